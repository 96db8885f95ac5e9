package io.gongwen;

/** One block of the body: a {@link Paragraph} or a numbered {@link Section}. */
public sealed interface Block permits Paragraph, Section {
}
