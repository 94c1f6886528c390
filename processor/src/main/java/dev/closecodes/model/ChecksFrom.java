package dev.closecodes.model;

/** Which document decides the checks where the page and the registry disagree. */
public enum ChecksFrom {
  /** The registry's statuses decide which codes may travel in a close frame. */
  REGISTRY,
  /** The page decides: a code it marks reserved may not travel in a close frame. */
  PAGE
}
