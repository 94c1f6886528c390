/**
 * {@code @CloseCodeSpec}, the one thing a project compiles against to have closecodes generate its
 * close-code types. A named module needs only {@code requires static dev.closecodes;}: the
 * annotation is source-retained, and the mark it puts on the generated types, class-retained, so
 * nothing of it is needed at run time.
 */
module dev.closecodes {
  exports dev.closecodes;
}
