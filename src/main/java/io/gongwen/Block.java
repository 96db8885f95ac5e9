package io.gongwen;

/**
 * One block of the body: a {@link Paragraph} or a numbered {@link Section}. Blocks are immutable
 * records and safe to share between threads.
 */
public sealed interface Block permits Paragraph, Section {
}
