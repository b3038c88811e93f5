package be.draaischijf.platform;

import jakarta.inject.Inject;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.InvocationContext;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;
import java.util.Set;

/**
 * Checks the Bean Validation constraints that a module's API interface declares on its method
 * parameters, before the boundary EJB runs: one rule and one message for screens and REST alike.
 * Put on every boundary bean with {@code @Interceptors(ParameterValidation.class)}.
 */
public class ParameterValidation {

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
            throw new ConstraintViolationException(violations);
        }
        return invocation.proceed();
    }
}
