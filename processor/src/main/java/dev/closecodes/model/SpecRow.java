package dev.closecodes.model;

/**
 * One row of the page's close-code table.
 *
 * @param range the code or codes the row is about
 * @param name the name column as the page writes it, markup removed; empty where the page has none
 * @param description the description column with its inline markup
 * @param reserved whether the page marks the row reserved (its description opens in strong emphasis)
 * @param location where the row's code cell is
 */
public record SpecRow(
    CodeRange range, String name, RichText description, boolean reserved, SourceLocation location) {}
