package dev.closecodes.diagnostics;

/**
 * What a diagnostic is about: a line of a document, or a part of the request itself (an attribute
 * of the annotation, an option of the command line). Each front end shows the second where its
 * user wrote it: javac at the annotation's own line, the command line by the option's name.
 */
public sealed interface Where permits SourceLocation, RequestPart {}
