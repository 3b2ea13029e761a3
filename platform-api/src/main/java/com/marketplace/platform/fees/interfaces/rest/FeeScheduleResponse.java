package com.marketplace.platform.fees.interfaces.rest;

import com.marketplace.platform.fees.application.FeeSchedule.CurrentSchedule;
import com.marketplace.platform.fees.domain.FeeChange;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.util.List;

/** The whole schedule for the admin: defaults, overrides, the fallback behind them, and the latest changes (newest first). */
@JsonbPropertyOrder({"defaults", "overrides", "fallback", "audit"})
public record FeeScheduleResponse(List<DefaultFeeResponse> defaults, List<SellerFeeResponse> overrides, RateResponse fallback,
                                  List<FeeChangeResponse> audit) {

    static FeeScheduleResponse of(CurrentSchedule schedule, List<FeeChange> recentChanges) {
        return new FeeScheduleResponse(schedule.defaults().stream().map(DefaultFeeResponse::of).toList(),
                schedule.overrides().stream().map(SellerFeeResponse::of).toList(), RateResponse.fallback(),
                recentChanges.stream().map(FeeChangeResponse::of).toList());
    }
}
