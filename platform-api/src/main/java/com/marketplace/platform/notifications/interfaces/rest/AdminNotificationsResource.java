package com.marketplace.platform.notifications.interfaces.rest;

import com.marketplace.platform.kernel.error.ApiException;
import com.marketplace.platform.kernel.error.ErrorCode;
import com.marketplace.platform.kernel.security.AdminOnly;
import com.marketplace.platform.notifications.application.NotificationAdministration;
import com.marketplace.platform.notifications.domain.NotificationStatus;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The notifications outbox for admins: what was (or will be) mailed to whom, how it went, and the resend of a dead message. */
@Path("admin/notifications")
@RequestScoped
@AdminOnly
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Admin: notifications", description = "The outbox of messages to buyers, sellers and admins")
public class AdminNotificationsResource {

    @Inject
    NotificationAdministration administration;

    @GET
    @Operation(operationId = "listNotifications", summary = "The messages, newest first, optionally of one status (PENDING, SENT, DEAD); starting_after pages on")
    public NotificationListResponse list(@QueryParam("status") String status,
                                         @QueryParam("limit") @DefaultValue("50") @Min(1) @Max(500) int limit,
                                         @QueryParam("starting_after") @Min(1) Long startingAfter) {
        Optional<NotificationStatus> filter = Optional.ofNullable(status).filter(s -> !s.isBlank()).map(AdminNotificationsResource::status);
        List<NotificationResponse> page = administration.notifications(filter, Optional.ofNullable(startingAfter), limit + 1).stream()
                .map(NotificationResponse::of).toList();
        return new NotificationListResponse(page.subList(0, Math.min(limit, page.size())), page.size() > limit);
    }

    @POST
    @Path("{id}/resend")
    @Operation(operationId = "resendNotification", summary = "Send a dead message again, with a fresh set of attempts")
    @APIResponse(responseCode = "202", description = "Queued again", content = @Content(schema = @Schema(implementation = NotificationResponse.class)))
    @APIResponse(responseCode = "404", description = "No such message")
    @APIResponse(responseCode = "409", description = "The message is not dead")
    public Response resend(@PathParam("id") long id) {
        return Response.accepted(NotificationResponse.of(administration.resend(id))).build();
    }

    private static NotificationStatus status(String value) {
        try {
            return NotificationStatus.valueOf(value.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new ApiException(ErrorCode.VALIDATION_FAILED, "status must be one of " + Arrays.toString(NotificationStatus.values()));
        }
    }
}
