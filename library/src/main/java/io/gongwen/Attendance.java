package io.gongwen;

import io.gongwen.internal.Checks;
import java.util.List;

/**
 * One attendance list of minutes (纪要, GB/T 9704-2012 §10.3): the label in 黑体, a full-width colon,
 * then the names in 仿宋, wrapped lines aligned after the colon.
 *
 * @param kind which list
 * @param names the people or units, in order; at least one
 */
public record Attendance(Kind kind, List<String> names) {
    /**
     * Checks the components.
     *
     * @param kind which list; not null
     * @param names at least one
     * @throws InvalidDocumentException naming {@code attendance.kind} or {@code attendance.names} if one is
     *                                  null or there are no names
     */
    public Attendance {
        Checks.present("attendance.kind", kind);
        names = List.copyOf(Checks.present("attendance.names", names));
        if (names.isEmpty()) {
            throw new InvalidDocumentException("attendance.names", "give at least one name");
        }
    }

    /**
     * The names joined as printed: "张三、李四、王五".
     *
     * @return the names joined with 、
     */
    public String text() {
        return String.join("、", names);
    }

    /** The lists minutes carry, in the order they are printed. */
    public enum Kind {
        /** 出席 */
        PRESENT("出席"),
        /** 请假 */
        ABSENT("请假"),
        /** 列席 */
        IN_ATTENDANCE("列席");

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        /**
         * The label as printed, e.g. "出席".
         *
         * @return the label, two characters
         */
        public String label() {
            return label;
        }
    }
}
