package org.civicbrief.core.briefing;

/** Whether an actor is a person or an organization. */
public enum ActorKind {
  PERSON,
  ORGANIZATION
}
