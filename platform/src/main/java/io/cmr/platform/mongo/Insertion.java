package io.cmr.platform.mongo;

/**
 * The outcome of an insert-once: the document as stored, and whether this call stored it or
 * found one already there with the same id or unique key.
 *
 * @param <T> the document type
 */
public record Insertion<T>(T document, boolean inserted) {
}
