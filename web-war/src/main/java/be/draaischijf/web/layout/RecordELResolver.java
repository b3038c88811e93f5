package be.draaischijf.web.layout;

import jakarta.el.ELContext;
import jakarta.el.ELResolver;
import jakarta.el.PropertyNotWritableException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.Optional;

/**
 * Lets pages read record components as properties ({@code #{org.name}}): Expression Language 5
 * (Jakarta EE 10) knows only getters; EL 6 does this itself. Read-only, like records.
 */
public class RecordELResolver extends ELResolver {

    @Override
    public Object getValue(ELContext context, Object base, Object property) {
        return component(base, property).map(component -> {
            context.setPropertyResolved(base, property);
            try {
                return component.getAccessor().invoke(base);
            } catch (IllegalAccessException | InvocationTargetException e) {
                throw new jakarta.el.ELException(e);
            }
        }).orElse(null);
    }

    @Override
    public Class<?> getType(ELContext context, Object base, Object property) {
        return component(base, property).map(component -> {
            context.setPropertyResolved(base, property);
            return (Class<?>) null;
        }).orElse(null);
    }

    @Override
    public void setValue(ELContext context, Object base, Object property, Object value) {
        if (component(base, property).isPresent()) {
            throw new PropertyNotWritableException(property + " of a record cannot be changed");
        }
    }

    @Override
    public boolean isReadOnly(ELContext context, Object base, Object property) {
        if (component(base, property).isPresent()) {
            context.setPropertyResolved(base, property);
            return true;
        }
        return false;
    }

    @Override
    public Class<?> getCommonPropertyType(ELContext context, Object base) {
        return base != null && base.getClass().isRecord() ? String.class : null;
    }

    private static Optional<RecordComponent> component(Object base, Object property) {
        if (base == null || property == null || !base.getClass().isRecord()) {
            return Optional.empty();
        }
        String name = property.toString();
        return Arrays.stream(base.getClass().getRecordComponents())
                .filter(component -> component.getName().equals(name))
                .findFirst();
    }
}
