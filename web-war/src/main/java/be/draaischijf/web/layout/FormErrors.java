package be.draaischijf.web.layout;

import be.draaischijf.partner.api.FieldError;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import java.util.List;
import java.util.Map;

/**
 * Shows the module API's Dutch messages next to the form fields they are about: a constraint
 * violation or a field error names a property, {@code fields} says which input shows it. On an English page
 * the message is shown in English ({@link ModuleMessages}).
 */
public final class FormErrors {

    private FormErrors() {
    }

    public static void show(String form, Map<String, String> fields, ConstraintViolationException invalid) {
        for (ConstraintViolation<?> violation : invalid.getConstraintViolations()) {
            String path = violation.getPropertyPath().toString();
            // "update.draft.contacts[0].email" is about the contacts; "create.draft.name" about the name
            String[] parts = path.split("\\.");
            String property = parts.length >= 3 ? parts[2].replaceAll("\\[.*", "") : parts[parts.length - 1];
            add(form, fields, property, violation.getMessage());
        }
    }

    public static void show(String form, Map<String, String> fields, List<FieldError> errors) {
        errors.forEach(error -> add(form, fields, error.field(), error.message()));
    }

    /** A module's field → Dutch message map (the referral and training modules' refusals). */
    public static void show(String form, Map<String, String> fields, Map<String, String> errors) {
        errors.forEach((field, message) -> add(form, fields, field, message));
    }

    private static void add(String form, Map<String, String> fields, String property, String message) {
        String field = fields.get(property);
        FacesContext.getCurrentInstance().addMessage(field == null ? null : form + ":" + field,
                new FacesMessage(FacesMessage.SEVERITY_ERROR, sentence(ModuleMessages.inPageLanguage(message)), null));
    }

    /** "vul een naam in" → "Vul een naam in." */
    public static String sentence(String message) {
        return message.isEmpty() ? message : Character.toUpperCase(message.charAt(0)) + message.substring(1) + ".";
    }
}
