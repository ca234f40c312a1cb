package org.civicbrief.core.civic;

/** The neutral civic actions a briefing suggests. */
public enum ActionKind {
  /** Read the law, treaty or clause itself. */
  READ_PRIMARY_SOURCE,
  /** Follow the congressional committee with jurisdiction. */
  FOLLOW_COMMITTEE,
  /** Find one's member of the U.S. House through the House's official lookup. */
  CONTACT_HOUSE,
  /** Find one's U.S. senators through the Senate's official directory. */
  CONTACT_SENATE,
  /** Find one's state legislators and governor through USA.gov's official lookup. */
  CONTACT_STATE_OFFICIALS,
  /** Find one's state or local election office through USA.gov. */
  FIND_ELECTION_OFFICE,
  /** Find one's mayor and city or county council through USA.gov's page on local governments. */
  CONTACT_LOCAL_OFFICIALS,
  /** Look up a case on the U.S. Supreme Court's docket. */
  FOLLOW_COURT_DOCKET
}
