package org.attest.ledger;

import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;
import org.attest.model.Document;
import org.attest.model.Quote;

/**
 * An article's quotes written, each with its speaker's canonical entity, its wording's hash and
 * (when the speaker is known across articles) the speaker's group, by which the quote rules read
 * each speaker's wordings once; and their text indexed for search.
 */
final class QuoteWrites extends LedgerPart {
  private static final String QUOTE = "INSERT INTO quotes(article, qid, type, start, \"end\", text, speaker_name, speaker_canon, wording, speaker_group)"
      + " VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

  private final Identities identities = new Identities(sql, policies);
  private final TextSearch search = new TextSearch(sql, policies);

  QuoteWrites(Statements sql, Policies policies) {
    super(sql, policies);
  }

  void write(long article, Document d, EntityWrites.Linked linked) throws SQLException {
    Map<Long, Boolean> across = new HashMap<>();
    for (Quote q : d.quotes()) {
      Long speaker = q.speakerEntity() == null ? null : linked.canonOf().get(q.speakerEntity());
      if (q.speaker() != null) { // a speaker named by a mention that is someone else's ("Donald Trump, Jr. said") or no one's for sure
        Long own = linked.mention(q.speaker().start(), q.speaker().end());
        if (own != null) speaker = own < 0 ? null : own;
      }
      Long group = speaker != null && across.computeIfAbsent(speaker, identities::acrossArticles) ? speaker : null;
      sql.bound(QUOTE, article, q.id(), q.type(), q.start(), q.end(), q.text(), q.speakerName(), speaker, ContentHash.wording(q.text()), group)
          .addBatch();
      search.add("quote", q.text(), article, q.id());
    }
    sql.sql(QUOTE).executeBatch();
    search.flush();
  }
}
