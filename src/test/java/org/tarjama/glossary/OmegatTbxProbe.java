package org.tarjama.glossary;

import java.io.File;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.List;

/**
 * Run in a child JVM with OmegaT on the class path (see {@link TbxInteropTest}): reads a TBX file with
 * OmegaT's own glossary reader ({@code org.omegat.gui.glossary.GlossaryReaderTBX}), as OmegaT does for a
 * project's glossary folder, and prints "source TAB target" per entry. Written with reflection so that it
 * compiles without OmegaT.
 */
public final class OmegatTbxProbe {
    private OmegatTbxProbe() {
    }

    public static void main(String[] args) throws Exception {
        Class<?> propsClass = Class.forName("org.omegat.core.data.ProjectProperties");
        Object props = propsClass.getConstructor(File.class).newInstance(new File(args[1]));
        propsClass.getMethod("setSourceLanguage", String.class).invoke(props, "en");
        propsClass.getMethod("setTargetLanguage", String.class).invoke(props, "ar");
        Class<?> projectClass = Class.forName("org.omegat.core.data.IProject");
        Object project = Proxy.newProxyInstance(projectClass.getClassLoader(), new Class<?>[] {projectClass},
                (proxy, m, a) -> m.getName().equals("getProjectProperties") ? props : null);
        Class.forName("org.omegat.core.Core").getMethod("setProject", projectClass).invoke(null, project);
        Method read = Class.forName("org.omegat.gui.glossary.GlossaryReaderTBX").getMethod("read", File.class,
                boolean.class);
        List<?> entries = (List<?>) read.invoke(null, new File(args[0]), false);
        for (Object e : entries) {
            String src = (String) e.getClass().getMethod("getSrcText").invoke(e);
            String loc = (String) e.getClass().getMethod("getLocText").invoke(e);
            System.out.println(src + "\t" + loc);
        }
    }
}
