package org.attest.entity;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
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

  private Set<String> lowerWords;

  /**
   * The words the document writes in lower case somewhere ("quinoa", "method"): a capitalised word
   * of a heading or a sentence start that is one of them is a common noun, not a name.
   */
  Set<String> lowerWords() {
    if (lowerWords == null) {
      lowerWords = new HashSet<>();
      for (int t = 0; t < a.tokenCount(); t++) {
        if (!a.isCapitalized(t) && Character.isLetter(a.token(t).charAt(0))) lowerWords.add(a.lower(t));
      }
    }
    return lowerWords;
  }

  /** The type of the entity of a mention. */
  String typeOf(Entities.M m) {
    return entities.get(m.entity).type;
  }
}
