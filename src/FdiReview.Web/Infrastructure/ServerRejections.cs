using System.Buffers;
using System.IO.Pipelines;
using System.Text;
using System.Text.Json;

namespace FdiReview.Web.Infrastructure;

/// <summary>
/// Kestrel answers a request it cannot parse (a NUL or control character in the URL, a request line over its limit,
/// headers over theirs) itself, before any middleware runs, with an empty 4xx and a closed connection; no hook of
/// ASP.NET Core reaches that answer. A connection middleware still sees the bytes, so this one recognises exactly
/// such an answer and gives it an RFC 9457 body, as every other refusal has. Everything else passes untouched.
/// Over TLS terminated by Kestrel the bytes are encrypted here and pass as they are.
/// </summary>
public static class ServerRejections
{
    public static void AddServerRejectionProblems(this WebApplicationBuilder builder) =>
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.ConfigureEndpointDefaults(listen => listen.Use(next => connection =>
        {
            var transport = connection.Transport;
            connection.Transport = new RewritingTransport(transport.Input, new RejectionWriter(transport.Output, kestrel.Limits.MaxRequestLineSize));
            return next(connection);
        })));

    private sealed record RewritingTransport(PipeReader Input, PipeWriter Output) : IDuplexPipe;

    /// <summary>The problem Kestrel's bare answer stands for; null when the bytes are not such an answer.</summary>
    internal static byte[]? Rewrite(ReadOnlySpan<byte> response, int maxRequestLine)
    {
        var text = Encoding.ASCII.GetString(response);
        if (!text.StartsWith("HTTP/1.1 ") || !text.EndsWith("\r\n\r\n") || !int.TryParse(text.AsSpan(9, 3), out var status)
            || status is < 400 or > 599)
            return null;
        var lines = text[..^4].Split("\r\n");
        if (!lines.Contains("Content-Length: 0") || !lines.Contains("Connection: close") || lines.Any(l => l.StartsWith("Content-Type:")))
            return null;
        var (title, detail) = status switch
        {
            400 => ("The request could not be read",
                "The request line or a header is malformed: a URL or a header may not hold NUL or other control characters."),
            408 => ("The request took too long to arrive", "Send the whole request promptly."),
            414 => ("The URL is too long", $"A request line may hold at most {maxRequestLine:N0} bytes; send long input in a JSON body."),
            431 => ("The request headers are too large", "Send fewer or shorter headers."),
            505 => ("The HTTP version is not supported", "Use HTTP/1.1 or HTTP/2."),
            _ => (lines[0][13..], "The server could not accept the request."),
        };
        var body = JsonSerializer.SerializeToUtf8Bytes(new { type = "about:blank", title, status, detail });
        var head = new StringBuilder(lines[0]).Append("\r\n");
        foreach (var line in lines.Skip(1).Where(l => !l.StartsWith("Content-Length:"))) head.Append(line).Append("\r\n");
        head.Append("Content-Type: application/problem+json\r\nX-Content-Type-Options: nosniff\r\n")
            .Append("Content-Length: ").Append(body.Length).Append("\r\n\r\n");
        return [.. Encoding.ASCII.GetBytes(head.ToString()), .. body];
    }

    /// <summary>
    /// Passes every write through, except that a short write opening a flush and starting like an error status
    /// line is held back until the flush shows whether it is the whole of a bare rejection.
    /// </summary>
    private sealed class RejectionWriter(PipeWriter inner, int maxRequestLine) : PipeWriter
    {
        private const int LongestRejection = 512;
        private static readonly byte[] ErrorStatus = "HTTP/1.1 "u8.ToArray();
        private Memory<byte> _handedOut;
        private byte[]? _held;
        private bool _atFlushStart = true;

        public override Memory<byte> GetMemory(int sizeHint = 0)
        {
            Release();
            return _handedOut = inner.GetMemory(sizeHint);
        }

        public override Span<byte> GetSpan(int sizeHint = 0) => GetMemory(sizeHint).Span;

        public override void Advance(int bytes)
        {
            var written = _handedOut.Span[..bytes];
            if (_atFlushStart && _held is null && bytes is > 12 and <= LongestRejection && written.StartsWith(ErrorStatus) && written[9] is (byte)'4' or (byte)'5')
                _held = written.ToArray();
            else
            {
                Release();
                inner.Advance(bytes);
            }
            _atFlushStart = false;
        }

        public override async ValueTask<FlushResult> FlushAsync(CancellationToken cancellationToken = default)
        {
            Settle();
            _atFlushStart = true;
            return await inner.FlushAsync(cancellationToken);
        }

        public override void Complete(Exception? exception = null)
        {
            Settle();
            inner.Complete(exception);
        }

        public override async ValueTask CompleteAsync(Exception? exception = null)
        {
            Settle();
            await inner.CompleteAsync(exception);
        }

        public override void CancelPendingFlush() => inner.CancelPendingFlush();

        // Kestrel's response body asks (System.Text.Json flushes by it): what is held back counts as unflushed.
        public override bool CanGetUnflushedBytes => inner.CanGetUnflushedBytes;
        public override long UnflushedBytes => inner.UnflushedBytes + (_held?.Length ?? 0);

        /// <summary>Writes what was held back as it was: more followed, so it was not a bare rejection.</summary>
        private void Release()
        {
            if (_held is null) return;
            var held = _held;
            _held = null;
            inner.Write(held);
        }

        /// <summary>At the flush, what was held back is the whole of this write: rewritten if it is a rejection.</summary>
        private void Settle()
        {
            if (_held is null) return;
            var held = _held;
            _held = null;
            inner.Write(Rewrite(held, maxRequestLine) ?? held);
        }
    }
}
