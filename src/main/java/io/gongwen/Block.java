package io.gongwen;

/**
 * One block of the body: a {@link Paragraph}, a numbered {@link Section} or a {@link Table}. Blocks are immutable
 * records and safe to share between threads.
 */
public sealed interface Block permits Paragraph, Section, Table {
}
