package org.attest.entity;

import java.util.ArrayList;
import java.util.List;
import org.attest.text.Analysis;

/**
 * The entities of one document while the stages of {@link EntityExtractor} build them; no one
 * outside the stages sees it: the extractor hands on an {@link Entities} once the last stage ran.
 */
final class Draft {
  final Analysis a;
  final EntityLexicon lex;
  /** The name mentions in text order (nested names after their outer name), then their titles, one a name (or null). */
  final List<Entities.M> names = new ArrayList<>();
  final List<int[]> titleSpans = new ArrayList<>();
  final List<Entities.E> entities = new ArrayList<>();
  /** Every mention, sorted by start (the widest first), once pronouns and nominals are found. */
  final List<Entities.M> mentions = new ArrayList<>();

  Draft(Analysis a, EntityLexicon lex) {
    this.a = a;
    this.lex = lex;
  }

  /** The type of the entity of a mention. */
  String typeOf(Entities.M m) {
    return entities.get(m.entity).type;
  }
}
