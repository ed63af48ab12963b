package org.attest.ledger;

/**
 * A part of the SQLite ledger (its schema's writes or queries of one kind): every part shares the
 * connection's statements and the policies whose judgments it stores or hands rows to.
 */
abstract class LedgerPart {
  final Statements sql;
  final Policies policies;
  final Keys keys;
  final People people;
  final Offices offices;

  LedgerPart(Statements sql, Policies policies) {
    this.sql = sql;
    this.policies = policies;
    this.keys = policies.keys();
    this.people = policies.people();
    this.offices = policies.offices();
  }
}
