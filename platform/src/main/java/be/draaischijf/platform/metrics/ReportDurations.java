package be.draaischijf.platform.metrics;

import jakarta.inject.Inject;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.InvocationContext;
import java.lang.reflect.Method;
import java.time.Duration;

/**
 * Times a module's report method for {@code draaischijf_report_duration_seconds} (ADR 0052), tagged with the module API
 * and the method ({@code CaseReports.leadTimes}). Put on each report method of a boundary bean with
 * {@code @Interceptors(ReportDurations.class)}; the bean's own parameter check runs first and a refusal is not timed.
 */
public class ReportDurations {

    @Inject
    Metrics metrics;

    @AroundInvoke
    public Object timed(InvocationContext invocation) throws Exception {
        long start = System.nanoTime();
        Object result = invocation.proceed();
        metrics.reportTook(report(invocation.getMethod()), Duration.ofNanos(System.nanoTime() - start));
        return result;
    }

    /** {@code CaseReportsBean.leadTimes} → {@code CaseReports.leadTimes}: the API's name, as the callers know it. */
    static String report(Method method) {
        String bean = method.getDeclaringClass().getSimpleName();
        String api = bean.endsWith("Bean") ? bean.substring(0, bean.length() - "Bean".length()) : bean;
        return api + "." + method.getName();
    }
}
