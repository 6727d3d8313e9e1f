using System.Collections.Concurrent;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace FundingPortal.Api.IntegrationTests.Operations;

/// <summary>
/// An OTLP/HTTP collector on Kestrel (loopback, free port) that keeps every export it is sent, by path
/// (<c>/v1/metrics</c>, <c>/v1/traces</c>). The protobuf payload is not decoded: names and attribute values are UTF-8
/// strings in it, which is what the tests look for.
/// </summary>
public sealed class OtlpCollector : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly ConcurrentQueue<(string Path, string Text)> _exports = new();

    private OtlpCollector()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseKestrel().UseUrls("http://127.0.0.1:0");
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        _app = builder.Build();
        _app.MapPost("/{**path}", async (HttpRequest request) =>
        {
            using var body = new MemoryStream();
            await request.Body.CopyToAsync(body);
            _exports.Enqueue((request.Path.Value ?? "", Encoding.UTF8.GetString(body.ToArray())));
            return Results.Ok();
        });
    }

    public Uri Endpoint { get; private set; } = null!;

    public static async Task<OtlpCollector> Start()
    {
        var collector = new OtlpCollector();
        await collector._app.StartAsync();
        collector.Endpoint = new Uri(collector._app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First());
        return collector;
    }

    /// <summary>Every export received on <paramref name="path"/>, as one text.</summary>
    public string Received(string path) => string.Join("\n", _exports.Where(e => e.Path == path).Select(e => e.Text));

    public async ValueTask DisposeAsync() => await _app.DisposeAsync();
}
