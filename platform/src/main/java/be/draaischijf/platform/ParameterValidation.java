package be.draaischijf.platform;

import be.draaischijf.platform.refusal.FieldError;
import be.draaischijf.platform.refusal.Invalid;
import jakarta.inject.Inject;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.InvocationContext;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.validation.Validator;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Checks the Bean Validation constraints that a module's API interface declares on its method parameters, before
 * the boundary EJB runs: one rule for screens and REST alike. A call that breaks one is refused with
 * {@link Invalid}: per violation the field (its path below the parameter, {@code contacts[0].email}, or the
 * parameter's own name), the message key of the constraint and the constraint's attributes that its text names.
 * Put on every boundary bean with {@code @Interceptors(ParameterValidation.class)}.
 */
public class ParameterValidation {

    private static final Set<String> NOT_SHOWN = Set.of("message", "groups", "payload");

    @Inject
    Validator validator;

    @AroundInvoke
    public Object validate(InvocationContext invocation) throws Exception {
        Object[] parameters = invocation.getParameters();
        if (parameters == null || parameters.length == 0) {
            return invocation.proceed();
        }
        Set<ConstraintViolation<Object>> violations = validator.forExecutables()
                .validateParameters(invocation.getTarget(), invocation.getMethod(), parameters);
        if (!violations.isEmpty()) {
            throw invalid(violations);
        }
        return invocation.proceed();
    }

    /** The violations as field errors, in a stable order (by field, then key). */
    public static Invalid invalid(Set<? extends ConstraintViolation<?>> violations) {
        List<FieldError> errors = new ArrayList<>();
        for (ConstraintViolation<?> violation : violations) {
            errors.add(new FieldError(field(violation.getPropertyPath()), key(violation.getMessageTemplate()),
                    arguments(violation.getConstraintDescriptor() == null ? Map.of()
                            : violation.getConstraintDescriptor().getAttributes())));
        }
        errors.sort((a, b) -> a.field().equals(b.field()) ? a.key().compareTo(b.key()) : a.field().compareTo(b.field()));
        return new Invalid(errors);
    }

    /**
     * {@code update.draft.contacts[0].email} → {@code contacts.email}; {@code search.size} → {@code size};
     * {@code create.draft.themes[].<iterable element>} → {@code themes}: the parameter and the properties below it,
     * without the parameter when there are any.
     */
    static String field(Path path) {
        List<String> names = new ArrayList<>();
        for (Path.Node node : path) {
            if ((node.getKind() == ElementKind.PARAMETER || node.getKind() == ElementKind.PROPERTY) && node.getName() != null) {
                names.add(node.getName());
            }
        }
        if (names.size() > 1) {
            names.remove(0);
        }
        return String.join(".", names);
    }

    private static String key(String template) {
        return template != null && template.startsWith("{") && template.endsWith("}")
                ? template.substring(1, template.length() - 1) : String.valueOf(template);
    }

    private static Map<String, Serializable> arguments(Map<String, Object> attributes) {
        Map<String, Serializable> arguments = new LinkedHashMap<>();
        attributes.forEach((name, value) -> {
            if (!NOT_SHOWN.contains(name) && (value instanceof Number || value instanceof String || value instanceof Boolean)) {
                arguments.put(name, (Serializable) value);
            }
        });
        return arguments;
    }
}
