package io.gongwen.bench;

import java.io.IOException;
import java.io.OutputStream;

/** One way of writing the benchmark's work report as a .docx. */
public enum Contestant {
    /** gongwen4j: build the model with the builder, write it. */
    GONGWEN4J {
        @Override
        void write(WorkReport report, OutputStream out) {
            GongwenContestant.write(report, out);
        }
    },
    /** Raw Apache POI XWPF as a competent user writes it. */
    RAW_POI {
        @Override
        void write(WorkReport report, OutputStream out) throws IOException {
            RawPoiContestant.write(report, out);
        }
    },
    /** The floor: a minimal hand-written writer, the cost of producing the bytes. */
    FLOOR {
        @Override
        void write(WorkReport report, OutputStream out) throws IOException {
            FloorContestant.write(report, out);
        }
    };

    abstract void write(WorkReport report, OutputStream out) throws IOException;
}
