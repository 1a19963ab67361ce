package cn.eduinfo.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.Serializable;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.lang.reflect.WildcardType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The group stores each session in the Data Grid after every request; a view- or session-scoped bean
 * holding a value that cannot be serialised is only logged and left out, so its user's pages break on
 * failover (DeploymentGroupIT finds that for the pages it opens). This reads every such bean's fields,
 * and the fields of the types they hold, for any page, opened in the group or not.
 */
class SessionBeansAreSerialisableTest {

    @Test
    void everyViewAndSessionScopedBeanHoldsOnlySerialisableValues() throws Exception {
        List<Class<?>> beans = scopedBeans();
        List<String> problems = new ArrayList<>();
        Set<Type> seen = new HashSet<>();
        for (Class<?> bean : beans) {
            check(bean, bean.getName(), problems, seen);
        }
        assertTrue(beans.size() >= 15, "the beans found: " + beans);
        assertEquals(List.of(), problems);
    }

    @Test
    void aFieldOfAnUnserialisableTypeIsFound() {
        List<String> problems = new ArrayList<>();
        check(Holding.class, "Holding", problems, new HashSet<>());
        // The order of reflected fields is unspecified.
        assertEquals(Set.of("Holding.threads: java.util.List<java.lang.Thread>", "Holding.lock: java.lang.Object"), Set.copyOf(problems));
        assertEquals(2, problems.size());
    }

    /** An example of what must not get into a session. */
    static class Holding implements Serializable {
        List<Thread> threads;
        Object lock;
        transient Object skipped;
        @EJB Object injected;
    }

    private static List<Class<?>> scopedBeans() throws IOException, ClassNotFoundException {
        Path classes = Path.of("target/classes");
        List<Class<?>> beans = new ArrayList<>();
        try (Stream<Path> files = Files.walk(classes)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".class")).toList()) {
                String name = classes.relativize(f).toString().replace('/', '.').replace(".class", "");
                Class<?> c = Class.forName(name, false, SessionBeansAreSerialisableTest.class.getClassLoader());
                if (c.isAnnotationPresent(ViewScoped.class) || c.isAnnotationPresent(SessionScoped.class)) {
                    beans.add(c);
                }
            }
        }
        return beans;
    }

    private static void check(Class<?> type, String path, List<String> problems, Set<Type> seen) {
        if (!seen.add(type)) {
            return;
        }
        for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
            for (Field f : c.getDeclaredFields()) {
                int m = f.getModifiers();
                boolean container = f.isAnnotationPresent(EJB.class) || f.isAnnotationPresent(Inject.class) || f.isAnnotationPresent(Resource.class);
                if (Modifier.isStatic(m) || Modifier.isTransient(m) || container || f.isSynthetic()) {
                    continue;
                }
                checkValue(f.getGenericType(), path + "." + f.getName(), problems, seen);
            }
        }
    }

    /** A value is fine if its type is serialisable (and what it holds is), or an interface whose type arguments are. */
    private static void checkValue(Type t, String path, List<String> problems, Set<Type> seen) {
        if (t instanceof ParameterizedType p) {
            checkValue(p.getRawType(), path, problems, seen);
            for (Type argument : p.getActualTypeArguments()) {
                if (!serialisable(argument)) {
                    problems.add(path + ": " + t.getTypeName());
                    return;
                }
            }
            for (Type argument : p.getActualTypeArguments()) {
                checkValue(argument, path, problems, seen);
            }
        } else if (t instanceof WildcardType w) {
            for (Type bound : w.getUpperBounds()) {
                checkValue(bound, path, problems, seen);
            }
        } else if (t instanceof Class<?> c) {
            if (!serialisable(c)) {
                problems.add(path + ": " + c.getName());
            } else if (c.getName().startsWith("cn.eduinfo.") && !c.isEnum()) {
                check(c, c.getSimpleName(), problems, seen);
            }
        }
    }

    private static boolean serialisable(Type t) {
        if (t instanceof ParameterizedType p) {
            return serialisable(p.getRawType());
        }
        if (t instanceof Class<?> c) {
            // An interface (List, Map, TreeNode…) says nothing of its implementation; its arguments are checked.
            return c.isPrimitive() || c.isInterface() || Serializable.class.isAssignableFrom(c);
        }
        return true;
    }
}
