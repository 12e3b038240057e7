package io.cmr.gateway.problem;

import java.net.URI;

import io.cmr.platform.correlation.RequestIds;
import io.netty.buffer.Unpooled;
import io.netty.channel.ChannelFutureListener;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.handler.codec.http.DefaultFullHttpResponse;
import io.netty.handler.codec.http.FullHttpResponse;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpHeaderValues;
import io.netty.handler.codec.http.HttpRequest;
import io.netty.handler.codec.http.HttpResponseStatus;
import io.netty.handler.codec.http.HttpVersion;
import io.netty.util.ReferenceCountUtil;
import reactor.netty.NettyPipeline;
import reactor.netty.http.server.HttpServer;

import org.springframework.boot.reactor.netty.NettyServerCustomizer;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;

import tools.jackson.databind.json.JsonMapper;

/**
 * A URL that is not a valid URI (a stray {@code %zz}) fails before any Spring code runs, which
 * answers it with an empty 400. This answers it on the connection with a problem and a request id.
 */
@Component
class UndecodableUrls implements NettyServerCustomizer {

    private final byte[] problem;

    UndecodableUrls(JsonMapper json) {
        this.problem = json.writeValueAsBytes(ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                "The URL is not a valid URI: escape reserved characters and write '%' as '%25'."));
    }

    @Override
    public HttpServer apply(HttpServer server) {
        return server.doOnChannelInit((observer, channel, address) -> {
            if (channel.pipeline().get(NettyPipeline.HttpCodec) != null) {
                channel.pipeline().addAfter(NettyPipeline.HttpCodec, "cmr.undecodableUrls", new Guard(problem));
            }
        });
    }

    /** One per connection: after a rejected request line, the rest of that request is dropped too. */
    private static final class Guard extends ChannelInboundHandlerAdapter {

        private final byte[] problem;
        private boolean rejected;

        Guard(byte[] problem) {
            this.problem = problem;
        }

        @Override
        public void channelRead(ChannelHandlerContext context, Object message) {
            if (!rejected && message instanceof HttpRequest request && !isUri(request.uri())) {
                rejected = true;
                String requestId = RequestIds.acceptOrCreate(request.headers().get(RequestIds.HEADER));
                context.writeAndFlush(badRequest(requestId)).addListener(ChannelFutureListener.CLOSE);
            }
            if (rejected) {
                ReferenceCountUtil.release(message);
                return;
            }
            context.fireChannelRead(message);
        }

        private FullHttpResponse badRequest(String requestId) {
            FullHttpResponse response = new DefaultFullHttpResponse(HttpVersion.HTTP_1_1,
                    HttpResponseStatus.BAD_REQUEST, Unpooled.wrappedBuffer(problem));
            response.headers()
                    .set(HttpHeaderNames.CONTENT_TYPE, MediaType.APPLICATION_PROBLEM_JSON_VALUE)
                    .set(HttpHeaderNames.CONTENT_LENGTH, problem.length)
                    .set(HttpHeaderNames.CONNECTION, HttpHeaderValues.CLOSE)
                    .set(RequestIds.HEADER, requestId);
            return response;
        }

        private static boolean isUri(String uri) {
            try {
                URI.create(uri);
                return true;
            }
            catch (IllegalArgumentException ex) {
                return false;
            }
        }
    }
}
