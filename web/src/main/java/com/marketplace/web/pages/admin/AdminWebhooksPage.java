package com.marketplace.web.pages.admin;

import com.marketplace.platform.kernel.error.ApiException;
import com.marketplace.platform.kernel.error.ErrorCode;
import com.marketplace.webhooks.application.InboxAdministration;
import com.marketplace.webhooks.domain.InboxEvent;
import com.marketplace.webhooks.domain.InboxOverview;
import com.marketplace.webhooks.domain.InboxStatus;
import com.marketplace.webhooks.domain.ReplayRefused;
import com.marketplace.webhooks.domain.UnknownInboxEvent;
import com.marketplace.web.pages.support.Flash;
import com.marketplace.web.pages.support.PageServlet;
import com.marketplace.web.security.CsrfTokens;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
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
        List<AdminWebhooksView.Count> counts = new ArrayList<>();
        overview.counts().forEach((status, count) -> counts.add(new AdminWebhooksView.Count(status.code(), AdminText.words(status.name()),
                count)));
        render(request, response, "Webhooks", "admin/webhooks.jte", new AdminWebhooksView(CsrfTokens.tokenFor(request), counts,
                overview.oldestWaiting().map(AdminText::duration).orElse("None"),
                table("dead-events", "dead events", inbox.events(Optional.of(InboxStatus.DEAD), Optional.empty(), DEAD_SHOWN), true,
                        "No dead events."),
                table("recent-events", "recent events", inbox.events(Optional.empty(), Optional.empty(), RECENT_SHOWN), false,
                        "No event has arrived yet.")));
    }

    // A region that scrolls sideways must take keyboard focus (the template's tabindex), and be named for it.
    private static AdminWebhooksView.Table table(String id, String label, List<InboxEvent> events, boolean replayable, String none) {
        return new AdminWebhooksView.Table(id, label, replayable, none, events.stream().map(event -> new AdminWebhooksView.Event(
                event.eventId(), event.type(), event.endpoint().code(), event.account(), event.status().code(), event.attempts(),
                AdminText.time(event.receivedAt()), event.lastError() == null ? "" : event.lastError(),
                "/admin/webhooks/" + URLEncoder.encode(event.eventId(), StandardCharsets.UTF_8) + "/replay")).toList());
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
