package com.marketplace.platform.orders.money;

import java.lang.reflect.Field;

/** Sets an entity's column as the database's conditional updates do, bypassing its methods. */
final class Rows {

    private Rows() {
    }

    static <T> T set(T entity, String field, Object value) {
        try {
            Field column = entity.getClass().getDeclaredField(field);
            column.setAccessible(true);
            column.set(entity, value);
            return entity;
        } catch (ReflectiveOperationException e) {
            throw new AssertionError(entity.getClass().getSimpleName() + " has no field " + field, e);
        }
    }
}
