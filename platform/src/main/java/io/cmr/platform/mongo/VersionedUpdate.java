package io.cmr.platform.mongo;

/**
 * What became of a versioned update: the caller maps {@link Stale} to 412 Precondition Failed and
 * {@link Missing} to 404, and tells the client the current version on a stale one.
 *
 * @param <T> the document type
 */
public sealed interface VersionedUpdate<T> {

    /** The change was applied; {@code document} is the document after it, with its new version. */
    record Updated<T>(T document) implements VersionedUpdate<T> {
    }

    /** Someone changed the document first: it is now at {@code currentVersion}, and this change was not applied. */
    record Stale<T>(long currentVersion) implements VersionedUpdate<T> {
    }

    /** There is no document with that id. */
    record Missing<T>() implements VersionedUpdate<T> {
    }
}
