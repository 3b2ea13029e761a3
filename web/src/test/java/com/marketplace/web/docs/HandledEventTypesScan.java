package com.marketplace.web.docs;

import com.marketplace.platform.stripe.events.StripeEventType;
import jakarta.enterprise.event.Observes;
import java.io.IOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/**
 * Every {@code @Observes @StripeEventType("...")} of the production modules, found by reading their
 * compiled classes: what the deployed marketplace handles, without starting it.
 */
final class HandledEventTypesScan {

    private HandledEventTypesScan() {
    }

    /** The event types observed by classes from the same jars (or class folders) as the given classes. */
    static Set<String> observedIn(Class<?>... anchors) throws IOException, URISyntaxException, ClassNotFoundException {
        Set<String> types = new TreeSet<>();
        for (Class<?> anchor : anchors) {
            for (String className : classesBeside(anchor)) {
                for (Method method : Class.forName(className, false, anchor.getClassLoader()).getDeclaredMethods()) {
                    for (Annotation[] parameter : method.getParameterAnnotations()) {
                        boolean observes = Stream.of(parameter).anyMatch(Observes.class::isInstance);
                        Stream.of(parameter).filter(StripeEventType.class::isInstance).filter(annotation -> observes)
                                .forEach(annotation -> types.add(((StripeEventType) annotation).value()));
                    }
                }
            }
        }
        return types;
    }

    private static List<String> classesBeside(Class<?> anchor) throws IOException, URISyntaxException {
        Path location = Path.of(anchor.getProtectionDomain().getCodeSource().getLocation().toURI());
        List<String> names = new ArrayList<>();
        if (Files.isDirectory(location)) {
            try (Stream<Path> files = Files.walk(location)) {
                files.filter(file -> file.toString().endsWith(".class"))
                        .forEach(file -> names.add(className(location.relativize(file).toString())));
            }
        } else {
            try (JarFile jar = new JarFile(location.toFile())) {
                jar.stream().filter(entry -> entry.getName().endsWith(".class")).forEach(entry -> names.add(className(entry.getName())));
            }
        }
        names.removeIf(name -> name.endsWith("module-info") || name.endsWith("package-info"));
        return names;
    }

    private static String className(String path) {
        return path.replace('\\', '/').replaceAll("\\.class$", "").replace('/', '.');
    }
}
