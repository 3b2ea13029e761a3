package com.marketplace.web.pages.admin;

import com.marketplace.platform.kernel.error.ApiException;
import com.marketplace.platform.kernel.error.ErrorCode;
import com.marketplace.platform.kernel.web.Html;
import com.marketplace.webhooks.application.InboxAdministration;
import com.marketplace.webhooks.domain.InboxEvent;
import com.marketplace.webhooks.domain.InboxOverview;
import com.marketplace.webhooks.domain.InboxStatus;
import com.marketplace.webhooks.domain.ReplayRefused;
import com.marketplace.webhooks.domain.UnknownInboxEvent;
import com.marketplace.web.pages.support.Flash;
import com.marketplace.web.pages.support.PageServlet;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

/**
 * The webhook inbox's health: events per status, how long the oldest unhandled one has waited
 * (the worker's lag), the dead events with a replay button each, and the latest arrivals. A replay
 * ({@code POST /admin/webhooks/{eventId}/replay}) gives the event a fresh set of attempts, as
 * {@code POST /api/admin/webhook-events/{id}/replay} does.
 */
@WebServlet({"/admin/webhooks", "/admin/webhooks/*"})
public class AdminWebhooksPage extends PageServlet {

    static final int DEAD_SHOWN = 50;
    static final int RECENT_SHOWN = 20;

    @Inject
    InboxAdministration inbox;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (!requireAdmin(request, response)) {
            return;
        }
        if (request.getPathInfo() != null && !request.getPathInfo().equals("/")) {
            throw new ApiException(ErrorCode.NOT_FOUND, "There is no such page");
        }
        InboxOverview overview = inbox.overview();
        StringBuilder body = new StringBuilder("<h2>Inbox</h2><div class=\"cards\" id=\"inbox-counts\">");
        overview.counts().forEach((status, count) -> body.append("<div class=\"card\" id=\"count-").append(status.code())
                .append("\"><p>").append(AdminText.words(status.name())).append("</p><p class=\"figure\">").append(count).append("</p></div>"));
        body.append("<div class=\"card\" id=\"lag\"><p>Oldest unhandled event waiting</p><p class=\"figure\">")
                .append(overview.oldestWaiting().map(AdminText::duration).orElse("None"))
                .append("</p></div></div>")
                .append("<h2>Dead events</h2><p class=\"muted\">Their handlers failed on every attempt. Replay one once the cause is fixed: ")
                .append("it is processed again with a fresh set of attempts.</p>")
                .append(table(request, "dead-events", inbox.events(Optional.of(InboxStatus.DEAD), Optional.empty(), DEAD_SHOWN), true,
                        "No dead events."))
                .append("<h2>Latest events</h2>")
                .append(table(request, "recent-events", inbox.events(Optional.empty(), Optional.empty(), RECENT_SHOWN), false,
                        "No event has arrived yet."));
        render(request, response, "Webhooks", body.toString());
    }

    private static String table(HttpServletRequest request, String id, List<InboxEvent> events, boolean replayable, String none) {
        StringBuilder table = new StringBuilder("<div class=\"table-scroll\" tabindex=\"0\" role=\"region\" aria-label=\"")
                // A region that scrolls sideways must take keyboard focus, or keyboard users cannot read all of it.
                .append(id.replace('-', ' ')).append("\"><table id=\"").append(id).append("\"><thead><tr>")
                .append("<th scope=\"col\">Event</th><th scope=\"col\">Type</th><th scope=\"col\">Endpoint</th><th scope=\"col\">Status</th>")
                .append("<th scope=\"col\">Attempts</th><th scope=\"col\">Received</th><th scope=\"col\">Last error</th>")
                .append(replayable ? "<th scope=\"col\">Replay</th>" : "").append("</tr></thead><tbody>");
        if (events.isEmpty()) {
            table.append("<tr><td colspan=\"").append(replayable ? 8 : 7).append("\">").append(none).append("</td></tr>");
        }
        for (InboxEvent event : events) {
            String eventId = Html.escape(event.eventId());
            table.append("<tr data-event-id=\"").append(eventId).append("\"><th scope=\"row\">").append(eventId).append("</th><td>")
                    .append(Html.escape(event.type())).append("</td><td>").append(event.endpoint().code())
                    .append(event.account() == null ? "" : " (" + Html.escape(event.account()) + ")").append("</td><td>")
                    .append(AdminText.status(event.status().code())).append("</td><td>").append(event.attempts()).append("</td><td>")
                    .append(AdminText.time(event.receivedAt())).append("</td><td>")
                    .append(Html.escape(event.lastError() == null ? "" : event.lastError())).append("</td>");
            if (replayable) {
                table.append("<td><form method=\"post\" action=\"/admin/webhooks/")
                        .append(Html.escape(URLEncoder.encode(event.eventId(), StandardCharsets.UTF_8))).append("/replay\" class=\"inline\">")
                        .append(csrfField(request)).append("<button type=\"submit\" class=\"secondary\" id=\"replay-").append(eventId)
                        .append("\">Replay</button></form></td>");
            }
            table.append("</tr>");
        }
        return table.append("</tbody></table></div>").toString();
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (!requireAdmin(request, response)) {
            return;
        }
        String info = request.getPathInfo();
        if (info == null || !info.matches("/[^/]+/replay")) {
            throw new ApiException(ErrorCode.NOT_FOUND, "There is no such page");
        }
        String eventId = info.substring(1, info.length() - "/replay".length());
        try {
            inbox.replay(eventId);
        } catch (UnknownInboxEvent unknown) {
            throw new ApiException(ErrorCode.NOT_FOUND, unknown.getMessage());
        } catch (ReplayRefused refused) {
            throw new ApiException(ErrorCode.CONFLICT, refused.getMessage());
        }
        Flash.set(request, "Event " + eventId + " will be processed again.");
        seeOther(response, "/admin/webhooks");
    }
}
