package com.marketplace.platform.catalog.interfaces.rest;

import com.marketplace.platform.catalog.domain.StockChangedMeanwhile;
import com.marketplace.platform.kernel.error.ErrorBody;
import com.marketplace.platform.kernel.error.ErrorCode;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** A change against a stock that sales moved since: 409 {@code stock_changed}, with the current stock in words. */
@Provider
public class StockChangedMapper implements ExceptionMapper<StockChangedMeanwhile> {

    @Override
    public Response toResponse(StockChangedMeanwhile exception) {
        return ErrorBody.response(ErrorCode.STOCK_CHANGED, exception.getMessage());
    }
}
