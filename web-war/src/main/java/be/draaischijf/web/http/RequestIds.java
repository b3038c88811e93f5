package be.draaischijf.web.http;

import be.draaischijf.platform.logging.LogContext;
import be.draaischijf.platform.logging.LogFields;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequestEvent;
import jakarta.servlet.ServletRequestListener;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.annotation.WebListener;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Each request's id on the application's log lines (ADR 0053). As a listener it begins the request's
 * {@link LogContext} before anything of the application runs for it (the login mechanism included) and ends it when
 * the request is done, and it puts {@link LogFields} on the application's logger while the module runs. As the first
 * filter it tells the caller the id in the {@code X-Request-Id} header, so that someone who reports a problem, or the
 * load balancer's access log, can name the lines that belong to it. The id is the load balancer's when it sent a sound
 * one ({@link LogContext#begin}).
 */
@WebListener
@WebFilter(filterName = "RequestIdFilter") // mapped in web.xml (REQUEST, ERROR), first of the filters
public class RequestIds extends HttpFilter implements ServletRequestListener, ServletContextListener {

    @Override
    public void contextInitialized(ServletContextEvent event) {
        LogFields.install();
    }

    @Override
    public void contextDestroyed(ServletContextEvent event) {
        LogFields.uninstall();
    }

    @Override
    public void requestInitialized(ServletRequestEvent event) {
        if (event.getServletRequest() instanceof HttpServletRequest request) {
            LogContext.begin(request.getHeader(LogContext.HEADER));
        }
    }

    @Override
    public void requestDestroyed(ServletRequestEvent event) {
        LogContext.end();
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        LogContext.requestId().ifPresent(id -> response.setHeader(LogContext.HEADER, id));
        chain.doFilter(request, response);
    }
}
