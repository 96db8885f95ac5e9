package io.gongwen.runtime;

import io.gongwen.DocumentWriter;
import io.gongwen.OfficialDocument;

import java.util.ServiceLoader;
import java.util.TreeSet;

/**
 * Run by {@link ModulePathTest} on the class path, with the library on the module path: prints what
 * the running module {@code io.gongwen} exports and provides, then writes, reads back and checks every
 * sample ({@link WriteReadCheckSamples}).
 */
public final class ModuleProbe {
    private ModuleProbe() {
    }

    public static void main(String[] args) throws Exception {
        Module library = OfficialDocument.class.getModule();
        System.out.println("module " + library.getName());
        System.out.println("exports " + new TreeSet<>(library.getDescriptor().exports().stream()
                .filter(e -> !e.isQualified()).map(e -> e.source()).toList()));
        Module probe = ModuleProbe.class.getModule();
        for (String pkg : library.getPackages()) {
            System.out.println("package " + pkg + (library.isExported(pkg, probe) ? " exported" : " hidden"));
        }
        for (DocumentWriter w : ServiceLoader.load(DocumentWriter.class)) {
            System.out.println("writer " + w.extension() + " " + w.getClass().getName() + " in " + w.getClass().getModule().getName());
        }
        WriteReadCheckSamples.main(args);
    }
}
