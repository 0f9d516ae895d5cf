/**
 * Ready adapters: {@link io.nodeplugins.properties.adapter.Shape} declares a driver's registry of a
 * common shape (a map; a priority-provider registry such as gRPC's) in a few lines, with the
 * features that shape has, so that a driver declares rather than adapts.
 */
package io.nodeplugins.properties.adapter;
