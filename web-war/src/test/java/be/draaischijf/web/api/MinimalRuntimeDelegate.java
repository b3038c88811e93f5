package be.draaischijf.web.api;

import jakarta.ws.rs.SeBootstrap;
import jakarta.ws.rs.core.AbstractMultivaluedMap;
import jakarta.ws.rs.core.Application;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.EntityPart;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.GenericType;
import jakarta.ws.rs.core.Link;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import jakarta.ws.rs.core.Variant;
import jakarta.ws.rs.ext.RuntimeDelegate;
import java.lang.annotation.Annotation;
import java.net.URI;
import java.util.Arrays;
import java.util.Date;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.CompletionStage;
import java.util.stream.Collectors;

/**
 * Just enough of a JAX-RS runtime to build and read {@link Response}s (and so the standard exceptions) in plain
 * unit tests: the server's Jersey is not on the test class path. Headers are case-insensitive, as in Jersey.
 */
final class MinimalRuntimeDelegate extends RuntimeDelegate {

    private MinimalRuntimeDelegate() {
    }

    static void install() {
        RuntimeDelegate.setInstance(new MinimalRuntimeDelegate());
    }

    @Override
    public Response.ResponseBuilder createResponseBuilder() {
        return new Builder();
    }

    @Override
    public UriBuilder createUriBuilder() {
        throw new UnsupportedOperationException();
    }

    @Override
    public Variant.VariantListBuilder createVariantListBuilder() {
        throw new UnsupportedOperationException();
    }

    @Override
    public <T> T createEndpoint(Application application, Class<T> endpointType) {
        throw new UnsupportedOperationException();
    }

    @Override
    public <T> HeaderDelegate<T> createHeaderDelegate(Class<T> type) {
        throw new UnsupportedOperationException("no header delegate for " + type);
    }

    @Override
    public Link.Builder createLinkBuilder() {
        throw new UnsupportedOperationException();
    }

    @Override
    public SeBootstrap.Configuration.Builder createConfigurationBuilder() {
        throw new UnsupportedOperationException();
    }

    @Override
    public CompletionStage<SeBootstrap.Instance> bootstrap(Application application, SeBootstrap.Configuration configuration) {
        throw new UnsupportedOperationException();
    }

    @Override
    public CompletionStage<SeBootstrap.Instance> bootstrap(Class<? extends Application> clazz,
                                                           SeBootstrap.Configuration configuration) {
        throw new UnsupportedOperationException();
    }

    @Override
    public EntityPart.Builder createEntityPartBuilder(String partName) {
        throw new UnsupportedOperationException();
    }

    private static MultivaluedMap<String, Object> headers() {
        return new AbstractMultivaluedMap<>(new TreeMap<>(String.CASE_INSENSITIVE_ORDER)) {
        };
    }

    private static final class Builder extends Response.ResponseBuilder {

        private int status = 200;
        private String reason;
        private Object entity;
        private final MultivaluedMap<String, Object> headers = headers();

        @Override
        public Response build() {
            MultivaluedMap<String, Object> copy = headers();
            headers.forEach((name, values) -> copy.addAll(name, values));
            return new Answer(status, reason, entity, copy);
        }

        @Override
        public Response.ResponseBuilder clone() {
            Builder clone = new Builder();
            clone.status = status;
            clone.reason = reason;
            clone.entity = entity;
            headers.forEach((name, values) -> clone.headers.addAll(name, values));
            return clone;
        }

        @Override
        public Response.ResponseBuilder status(int status) {
            return status(status, null);
        }

        @Override
        public Response.ResponseBuilder status(int status, String reasonPhrase) {
            this.status = status;
            this.reason = reasonPhrase;
            return this;
        }

        @Override
        public Response.ResponseBuilder entity(Object entity) {
            this.entity = entity;
            return this;
        }

        @Override
        public Response.ResponseBuilder entity(Object entity, Annotation[] annotations) {
            return entity(entity);
        }

        @Override
        public Response.ResponseBuilder allow(String... methods) {
            return allow(methods == null ? null : new LinkedHashSet<>(Arrays.asList(methods)));
        }

        @Override
        public Response.ResponseBuilder allow(Set<String> methods) {
            headers.remove("Allow");
            if (methods != null && !methods.isEmpty()) {
                headers.putSingle("Allow", String.join(",", methods));
            }
            return this;
        }

        @Override
        public Response.ResponseBuilder cacheControl(CacheControl cacheControl) {
            return replace("Cache-Control", cacheControl);
        }

        @Override
        public Response.ResponseBuilder encoding(String encoding) {
            return replace("Content-Encoding", encoding);
        }

        @Override
        public Response.ResponseBuilder header(String name, Object value) {
            if (value == null) {
                headers.remove(name);
            } else {
                headers.add(name, value);
            }
            return this;
        }

        @Override
        public Response.ResponseBuilder replaceAll(MultivaluedMap<String, Object> replacement) {
            headers.clear();
            if (replacement != null) {
                replacement.forEach((name, values) -> headers.addAll(name, values));
            }
            return this;
        }

        @Override
        public Response.ResponseBuilder language(String language) {
            return replace("Content-Language", language);
        }

        @Override
        public Response.ResponseBuilder language(Locale language) {
            return replace("Content-Language", language == null ? null : language.toLanguageTag());
        }

        @Override
        public Response.ResponseBuilder type(MediaType type) {
            return replace("Content-Type", type);
        }

        @Override
        public Response.ResponseBuilder type(String type) {
            return replace("Content-Type", type);
        }

        @Override
        public Response.ResponseBuilder variant(Variant variant) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Response.ResponseBuilder contentLocation(URI location) {
            return replace("Content-Location", location);
        }

        @Override
        public Response.ResponseBuilder cookie(NewCookie... cookies) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Response.ResponseBuilder expires(Date expires) {
            return replace("Expires", expires);
        }

        @Override
        public Response.ResponseBuilder lastModified(Date lastModified) {
            return replace("Last-Modified", lastModified);
        }

        @Override
        public Response.ResponseBuilder location(URI location) {
            return replace("Location", location);
        }

        @Override
        public Response.ResponseBuilder tag(EntityTag tag) {
            return replace("ETag", tag);
        }

        @Override
        public Response.ResponseBuilder tag(String tag) {
            return replace("ETag", tag);
        }

        @Override
        public Response.ResponseBuilder variants(Variant... variants) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Response.ResponseBuilder variants(List<Variant> variants) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Response.ResponseBuilder links(Link... links) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Response.ResponseBuilder link(URI uri, String rel) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Response.ResponseBuilder link(String uri, String rel) {
            throw new UnsupportedOperationException();
        }

        private Response.ResponseBuilder replace(String name, Object value) {
            headers.remove(name);
            return header(name, value);
        }
    }

    /** A built response: status, entity and headers, nothing more. */
    private static final class Answer extends Response {

        private final int status;
        private final String reason;
        private final Object entity;
        private final MultivaluedMap<String, Object> headers;

        Answer(int status, String reason, Object entity, MultivaluedMap<String, Object> headers) {
            this.status = status;
            this.reason = reason;
            this.entity = entity;
            this.headers = headers;
        }

        @Override
        public int getStatus() {
            return status;
        }

        @Override
        public StatusType getStatusInfo() {
            Status known = Status.fromStatusCode(status);
            String phrase = reason != null ? reason : known != null ? known.getReasonPhrase() : "";
            return new StatusType() {
                @Override
                public int getStatusCode() {
                    return status;
                }

                @Override
                public Status.Family getFamily() {
                    return Status.Family.familyOf(status);
                }

                @Override
                public String getReasonPhrase() {
                    return phrase;
                }
            };
        }

        @Override
        public Object getEntity() {
            return entity;
        }

        @Override
        public <T> T readEntity(Class<T> entityType) {
            return entityType.cast(entity);
        }

        @Override
        public <T> T readEntity(GenericType<T> entityType) {
            throw new UnsupportedOperationException();
        }

        @Override
        public <T> T readEntity(Class<T> entityType, Annotation[] annotations) {
            return readEntity(entityType);
        }

        @Override
        public <T> T readEntity(GenericType<T> entityType, Annotation[] annotations) {
            throw new UnsupportedOperationException();
        }

        @Override
        public boolean hasEntity() {
            return entity != null;
        }

        @Override
        public boolean bufferEntity() {
            return false;
        }

        @Override
        public void close() {
        }

        @Override
        public MediaType getMediaType() {
            throw new UnsupportedOperationException("read the Content-Type header");
        }

        @Override
        public Locale getLanguage() {
            return null;
        }

        @Override
        public int getLength() {
            return -1;
        }

        @Override
        public Set<String> getAllowedMethods() {
            String allow = getHeaderString("Allow");
            return allow == null ? Set.of() : Arrays.stream(allow.split(",")).map(String::strip)
                    .collect(Collectors.toCollection(LinkedHashSet::new));
        }

        @Override
        public Map<String, NewCookie> getCookies() {
            return Map.of();
        }

        @Override
        public EntityTag getEntityTag() {
            return null;
        }

        @Override
        public Date getDate() {
            return null;
        }

        @Override
        public Date getLastModified() {
            return null;
        }

        @Override
        public URI getLocation() {
            Object location = headers.getFirst("Location");
            return location == null ? null : URI.create(location.toString());
        }

        @Override
        public Set<Link> getLinks() {
            return Set.of();
        }

        @Override
        public boolean hasLink(String relation) {
            return false;
        }

        @Override
        public Link getLink(String relation) {
            return null;
        }

        @Override
        public Link.Builder getLinkBuilder(String relation) {
            return null;
        }

        @Override
        public MultivaluedMap<String, Object> getMetadata() {
            return headers;
        }

        @Override
        public MultivaluedMap<String, String> getStringHeaders() {
            MultivaluedMap<String, String> strings = new AbstractMultivaluedMap<>(new TreeMap<>(String.CASE_INSENSITIVE_ORDER)) {
            };
            headers.forEach((name, values) -> values.forEach(value -> strings.add(name, String.valueOf(value))));
            return strings;
        }

        @Override
        public String getHeaderString(String name) {
            List<Object> values = headers.get(name);
            return values == null ? null : values.stream().map(String::valueOf).collect(Collectors.joining(","));
        }
    }
}
