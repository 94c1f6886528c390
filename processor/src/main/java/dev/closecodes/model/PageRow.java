package dev.closecodes.model;

import dev.closecodes.diagnostics.SourceLocation;

/**
 * One row of the page's close-code table.
 *
 * @param range the code or codes the row is about
 * @param name the name column as the page writes it, markup removed; empty where the page has none
 * @param description the description column with its inline markup
 * @param reserved whether the page marks the row reserved
 * @param location where the row's code cell is
 */
public record PageRow(
    CodeRange range, String name, RichText description, boolean reserved, SourceLocation location)
    implements Listed {}
