using System.Collections.Concurrent;
using System.Diagnostics.Tracing;

namespace FundingPortal.Api.IntegrationTests.Security;

/// <summary>
/// Records, from .NET's own network event sources, every host name this process resolves, every HTTP request it
/// starts and every socket it connects, whether or not the network lets them through (a blocked DNS lookup or a
/// refused connection is still recorded as an attempt).
/// </summary>
public sealed class OutboundConnectionRecorder : EventListener
{
    private static readonly string[] Sources = ["System.Net.NameResolution", "System.Net.Http", "System.Net.Sockets"];
    private readonly ConcurrentQueue<string> _attempts = new();
    private volatile bool _recording;

    public IReadOnlyList<string> Attempts => [.. _attempts];

    public void Start() => _recording = true;

    protected override void OnEventSourceCreated(EventSource source)
    {
        if (Sources.Contains(source.Name))
        {
            EnableEvents(source, EventLevel.Informational);
        }
    }

    protected override void OnEventWritten(EventWrittenEventArgs e)
    {
        if (!_recording || e.Payload is null)
        {
            return;
        }

        var attempt = (e.EventSource.Name, e.EventName) switch
        {
            ("System.Net.NameResolution", "ResolutionStart") => $"dns {Payload(e, "hostNameOrAddress")}",
            ("System.Net.Http", "RequestStart") => $"http {Payload(e, "scheme")}://{Payload(e, "host")}:{Payload(e, "port")}",
            ("System.Net.Sockets", "ConnectStart") => $"connect {Endpoint(Payload(e, "address"))}",
            _ => null,
        };
        if (attempt is not null)
        {
            _attempts.Enqueue(attempt);
        }
    }

    /// <summary>"InterNetwork:16:{216,144,127,0,0,1,...}" (a SocketAddress: port, then address bytes) → "127.0.0.1:55440".</summary>
    public static string Endpoint(string socketAddress)
    {
        var open = socketAddress.IndexOf('{', StringComparison.Ordinal);
        if (open < 0 || !socketAddress.EndsWith('}'))
        {
            return socketAddress;
        }

        var bytes = socketAddress[(open + 1)..^1].Split(',').Select(b => byte.Parse(b.Trim(), System.Globalization.CultureInfo.InvariantCulture)).ToArray();
        var port = (bytes[0] << 8) | bytes[1];
        if (socketAddress.StartsWith("InterNetworkV6", StringComparison.Ordinal) && bytes.Length >= 22)
        {
            return $"[{new System.Net.IPAddress(bytes[6..22])}]:{port}";
        }

        return bytes.Length >= 6 ? $"{new System.Net.IPAddress(bytes[2..6])}:{port}" : socketAddress;
    }

    private static string Payload(EventWrittenEventArgs e, string name)
    {
        var index = e.PayloadNames?.IndexOf(name) ?? -1;
        return index >= 0 ? e.Payload![index]?.ToString() ?? "" : "";
    }
}
