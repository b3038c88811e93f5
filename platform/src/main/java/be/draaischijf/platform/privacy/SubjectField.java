package be.draaischijf.platform.privacy;

/**
 * One stored value about a data subject. {@code label} is a message key of the web module's bundles
 * ({@code subject.field.<name>}); how {@code value} reads depends on {@code type}: TEXT as written, DATE an ISO date,
 * MOMENT an ISO instant, CODE an enum constant read as {@code value.<Enum>.<CODE>} (value {@code "ReferralStatus.CLOSED"}),
 * YES_NO {@code true}/{@code false}.
 */
public record SubjectField(String label, Type type, String value) {

    public enum Type { TEXT, DATE, MOMENT, CODE, YES_NO }

    public static SubjectField text(String label, String value) {
        return new SubjectField(label, Type.TEXT, value);
    }

    public static SubjectField date(String label, Object isoDate) {
        return new SubjectField(label, Type.DATE, isoDate == null ? null : isoDate.toString());
    }

    public static SubjectField moment(String label, Object isoInstant) {
        return new SubjectField(label, Type.MOMENT, isoInstant == null ? null : isoInstant.toString());
    }

    public static SubjectField code(String label, Enum<?> value) {
        return new SubjectField(label, Type.CODE, value == null ? null : value.getDeclaringClass().getSimpleName() + "." + value.name());
    }

    public static SubjectField yesNo(String label, boolean value) {
        return new SubjectField(label, Type.YES_NO, Boolean.toString(value));
    }
}
