package dev.labelsdk.refonte.model;

/** A role to give team members with {@code teams().invite} or {@code teams().setRole}. */
public enum TeamRole {
  /** A regular member. */
  MEMBER("member"),
  /** A manager. */
  MANAGER("manager"),
  /** A labeler. */
  LABELER("labeler");

  private final String value;

  TeamRole(String value) {
    this.value = value;
  }

  /** The wire value, e.g. {@code "manager"}. */
  public String value() {
    return value;
  }
}
