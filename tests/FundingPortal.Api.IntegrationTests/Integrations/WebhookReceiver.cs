using System.Collections.Concurrent;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace FundingPortal.Api.IntegrationTests.Integrations;

/// <summary>One request as the receiver saw it, and whether its signature and timestamp checked out.</summary>
public sealed record ReceivedWebhook(Guid Id, string Type, JsonObject Body, bool SignatureValid, int AnsweredStatus);

/// <summary>
/// A real receiver on Kestrel (loopback, free port), written as an integrator would: it verifies
/// X-FundingPortal-Signature = sha256=HMAC(secret, "timestamp.body"), refuses a timestamp more than 5 minutes away from
/// its clock, and processes each event id once. It can be "down" (503) or slow.
/// </summary>
public sealed class WebhookReceiver : IAsyncDisposable
{
    public static readonly TimeSpan Tolerance = TimeSpan.FromMinutes(5);

    private readonly WebApplication _app;
    private readonly string _secret;
    private readonly Func<DateTimeOffset> _now;
    private readonly ConcurrentQueue<ReceivedWebhook> _received = new();
    private readonly ConcurrentDictionary<Guid, int> _processed = new();

    private WebhookReceiver(string secret, Func<DateTimeOffset> now)
    {
        _secret = secret;
        _now = now;
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseKestrel().UseUrls("http://127.0.0.1:0");
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        _app = builder.Build();
        _app.MapPost("/hooks/portal", Receive);
    }

    public bool Down { get; set; }
    public TimeSpan Delay { get; set; }
    public Uri Url { get; private set; } = null!;
    public IReadOnlyList<ReceivedWebhook> Received => _received.ToList();

    /// <summary>How many times each event id was processed (answered 2xx with a valid signature).</summary>
    public IReadOnlyDictionary<Guid, int> Processed => _processed;

    public static async Task<WebhookReceiver> Start(string secret, Func<DateTimeOffset> now)
    {
        var receiver = new WebhookReceiver(secret, now);
        await receiver._app.StartAsync();
        var address = receiver._app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        receiver.Url = new Uri(address.TrimEnd('/') + "/hooks/portal");
        return receiver;
    }

    public async ValueTask DisposeAsync() => await _app.DisposeAsync();

    private async Task<IResult> Receive(HttpRequest request)
    {
        using var reader = new StreamReader(request.Body, Encoding.UTF8);
        var raw = await reader.ReadToEndAsync();
        var body = JsonNode.Parse(raw)!.AsObject();
        var valid = Verify(raw, request.Headers["X-FundingPortal-Timestamp"].ToString(), request.Headers["X-FundingPortal-Signature"].ToString());
        var id = body["id"]!.GetValue<Guid>();
        var status = !valid ? 401 : Down ? 503 : 200;
        if (status == 200 && Delay > TimeSpan.Zero)
        {
            await Task.Delay(Delay);
        }

        if (status == 200)
        {
            _processed.AddOrUpdate(id, 1, (_, n) => n + 1);
        }

        _received.Enqueue(new ReceivedWebhook(id, body["type"]!.GetValue<string>(), body, valid, status));
        return Results.StatusCode(status);
    }

    private bool Verify(string raw, string timestamp, string signature)
    {
        if (!long.TryParse(timestamp, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds)
            || (DateTimeOffset.FromUnixTimeSeconds(seconds) - _now()).Duration() > Tolerance
            || !signature.StartsWith("sha256=", StringComparison.Ordinal))
        {
            return false;
        }

        var expected = HMACSHA256.HashData(Encoding.UTF8.GetBytes(_secret), Encoding.UTF8.GetBytes($"{timestamp}.{raw}"));
        return CryptographicOperations.FixedTimeEquals(expected, Convert.FromHexString(signature["sha256=".Length..]));
    }
}
