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
  FIND_ELECTION_OFFICE
}
