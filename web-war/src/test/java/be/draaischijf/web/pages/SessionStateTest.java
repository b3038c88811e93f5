package be.draaischijf.web.pages;

import static org.assertj.core.api.Assertions.assertThat;

import be.draaischijf.web.pages.meldpunt.ImportPage;
import jakarta.ejb.EJB;
import jakarta.ejb.Local;
import jakarta.enterprise.context.ConversationScoped;
import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import java.io.File;
import java.io.ObjectOutputStream;
import java.io.OutputStream;
import java.io.Serializable;
import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.GenericArrayType;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.lang.reflect.WildcardType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Sessions replicate to the other servers of a cluster (ADR 0005, ADR 0051): what a view- or session-scoped bean keeps
 * must be Serializable, or the session stays on the server that made it. Every such bean of the web module is found
 * among its classes; the declared type of each field it keeps (not {@code transient}, not injected: the container
 * replicates those itself) must be Serializable, down through the records and classes of the application it holds. An
 * interface is allowed when it is Serializable itself, a collection (its elements are checked), or a module's EJB
 * interface. A file upload, a stream, a {@code Future} or an {@code Optional} is not.
 */
class SessionStateTest {

    @Test
    void everyViewAndSessionScopedBeanKeepsOnlySerializableState() throws Exception {
        List<Class<?>> beans = scopedBeans();
        assertThat(beans).as("the view- and session-scoped beans found").hasSizeGreaterThan(40).contains(ImportPage.class);

        List<String> problems = new ArrayList<>();
        for (Class<?> bean : beans) {
            if (!Serializable.class.isAssignableFrom(bean)) {
                problems.add(bean.getName() + " is not Serializable");
            }
            Set<Class<?>> visited = new HashSet<>();
            visited.add(bean);
            for (Field field : keptFields(bean)) {
                check(field.getGenericType(), bean.getSimpleName() + "." + field.getName(), visited, problems);
            }
        }

        assertThat(problems).as("state a session cannot carry to another server: make it transient and read it again,"
                + " or keep it elsewhere (ADR 0051)").isEmpty();
    }

    @Test
    void everyViewAndSessionScopedBeanSerialisesAsItStarts() throws Exception {
        for (Class<?> bean : scopedBeans()) {
            Constructor<?> constructor = bean.getDeclaredConstructor();
            constructor.setAccessible(true);
            Object fresh = constructor.newInstance();
            try (ObjectOutputStream out = new ObjectOutputStream(OutputStream.nullOutputStream())) {
                out.writeObject(fresh);
            } catch (java.io.NotSerializableException e) {
                throw new AssertionError(bean.getName() + " does not serialise as it starts: " + e.getMessage(), e);
            }
        }
    }

    /** The web module's classes with a passivating scope, from its build folder. */
    static List<Class<?>> scopedBeans() throws Exception {
        Path root = Path.of(ImportPage.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        List<String> names;
        try (Stream<Path> files = Files.walk(root)) {
            names = files.filter(file -> file.toString().endsWith(".class"))
                    .map(file -> root.relativize(file).toString())
                    .map(name -> name.substring(0, name.length() - ".class".length()).replace(File.separatorChar, '.'))
                    .sorted().toList();
        }
        List<Class<?>> beans = new ArrayList<>();
        for (String name : names) {
            Class<?> type = Class.forName(name, false, SessionStateTest.class.getClassLoader());
            if (type.isAnnotationPresent(ViewScoped.class) || type.isAnnotationPresent(SessionScoped.class)
                    || type.isAnnotationPresent(ConversationScoped.class)) {
                beans.add(type);
            }
        }
        return beans;
    }

    /** The fields an instance keeps in the session: not static, not transient, not put there by the container. */
    private static List<Field> keptFields(Class<?> type) {
        List<Field> fields = new ArrayList<>();
        for (Class<?> c = type; c != null && c.getName().startsWith("be.draaischijf."); c = c.getSuperclass()) {
            for (Field field : c.getDeclaredFields()) {
                int modifiers = field.getModifiers();
                if (!Modifier.isStatic(modifiers) && !Modifier.isTransient(modifiers) && !field.isSynthetic()
                        && !field.isAnnotationPresent(Inject.class) && !field.isAnnotationPresent(EJB.class)) {
                    fields.add(field);
                }
            }
        }
        return fields;
    }

    private static void check(Type type, String path, Set<Class<?>> visited, List<String> problems) {
        if (type instanceof ParameterizedType parameterized) {
            check(parameterized.getRawType(), path, visited, problems);
            for (Type argument : parameterized.getActualTypeArguments()) {
                check(argument, path + "<>", visited, problems);
            }
            return;
        }
        if (type instanceof GenericArrayType array) {
            check(array.getGenericComponentType(), path + "[]", visited, problems);
            return;
        }
        if (type instanceof WildcardType wildcard) {
            for (Type bound : wildcard.getUpperBounds()) {
                if (bound != Object.class) {
                    check(bound, path, visited, problems);
                }
            }
            return;
        }
        if (!(type instanceof Class<?> c)) {
            // a type variable: its argument is checked where it is given
            return;
        }
        if (c.isArray()) {
            check(c.getComponentType(), path + "[]", visited, problems);
            return;
        }
        if (c.isPrimitive() || c.isEnum()) {
            return;
        }
        if (c.isInterface()) {
            if (!Serializable.class.isAssignableFrom(c) && !Collection.class.isAssignableFrom(c)
                    && !Map.class.isAssignableFrom(c) && !c.isAnnotationPresent(Local.class)) {
                problems.add(path + ": " + c.getName() + " is an interface that need not be Serializable");
                return;
            }
        } else if (!Serializable.class.isAssignableFrom(c)) {
            problems.add(path + ": " + c.getName() + " is not Serializable");
            return;
        }
        if (!c.getName().startsWith("be.draaischijf.") || !visited.add(c)) {
            return;
        }
        if (c.isRecord()) {
            for (RecordComponent component : c.getRecordComponents()) {
                check(component.getGenericType(), path + "." + component.getName(), visited, problems);
            }
        } else if (!c.isInterface()) {
            for (Field field : keptFields(c)) {
                check(field.getGenericType(), path + "." + field.getName(), visited, problems);
            }
        }
    }
}
