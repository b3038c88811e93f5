package be.draaischijf.web.layout;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.el.ELException;
import jakarta.faces.FacesException;
import jakarta.faces.application.ViewExpiredException;
import org.junit.jupiter.api.Test;

class AjaxExceptionHandlerTest {

    @Test
    void anUnexpectedErrorReplacesOnlyThePageMessagesWithTheTemplatesMarkup() {
        String response = AjaxExceptionHandler.partialResponse("j_id1", "Er ging iets mis: kenmerk 1234");

        assertThat(response).startsWith("<?xml").contains("<partial-response id=\"j_id1\"><changes><update id=\"messages\">")
                .contains("<div id=\"messages\" class=\"page-messages\" aria-live=\"polite\"><ul class=\"page-messages__list\">"
                        + "<li class=\"message message--error\">Er ging iets mis: kenmerk 1234</li></ul></div>")
                .endsWith("]]></update></changes></partial-response>")
                .doesNotContain("<error>");
    }

    @Test
    void theTextIsEscapedSoItCannotBreakTheResponse() {
        String response = AjaxExceptionHandler.partialResponse(null, "<script>]]>&\"'");

        assertThat(response).contains("&lt;script&gt;]]&gt;&amp;&quot;&#39;").doesNotContain("<script>")
                .contains("<partial-response><changes>");
    }

    @Test
    void anExpiredViewIsFoundBehindTheWrappers() {
        ViewExpiredException expired = new ViewExpiredException("/vorming.xhtml");

        assertThat(AjaxExceptionHandler.cause(new FacesException(new ELException(expired)))).isSameAs(expired);
        assertThat(AjaxExceptionHandler.cause(expired)).isSameAs(expired);
    }
}
