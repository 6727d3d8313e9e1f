using System.Net;
using System.Net.Sockets;
using System.Text;
using FundingPortal.Application.Abstractions;
using Microsoft.Extensions.Options;

namespace FundingPortal.Infrastructure.Notifications.Webhooks;

/// <summary>
/// POSTs webhooks with one long-lived client. The address is checked where the connection is made (ConnectCallback),
/// not only when the subscription is created, so a host that later resolves to a private address (DNS rebinding) is
/// refused too; redirects are not followed, since they could point anywhere.
/// </summary>
public sealed class HttpWebhookTransport : IWebhookTransport, IDisposable
{
    private readonly WebhookOptions _options;
    private readonly HttpClient _client;

    public HttpWebhookTransport(IOptions<WebhookOptions> options)
    {
        _options = options.Value;
        var handler = new SocketsHttpHandler
        {
            AllowAutoRedirect = false,
            PooledConnectionLifetime = TimeSpan.FromMinutes(5),
            ConnectTimeout = _options.Timeout,
            ConnectCallback = Connect,
        };
        _client = new HttpClient(handler) { Timeout = _options.Timeout };
    }

    public async Task<bool> IsAllowedTarget(Uri url, CancellationToken ct)
    {
        if (url.Scheme is not ("http" or "https"))
        {
            return false;
        }

        try
        {
            return (await Allowed(url.IdnHost, ct)).Length > 0;
        }
        catch (SocketException)
        {
            return false;
        }
    }

    public async Task<WebhookPostResult> Post(Uri url, string body, IReadOnlyDictionary<string, string> headers, CancellationToken ct)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, url) { Content = new StringContent(body, Encoding.UTF8, "application/json") };
        foreach (var (name, value) in headers)
        {
            request.Headers.TryAddWithoutValidation(name, value);
        }

        try
        {
            using var response = await _client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, ct);
            return new WebhookPostResult((int)response.StatusCode, null);
        }
        catch (TaskCanceledException) when (!ct.IsCancellationRequested)
        {
            return new WebhookPostResult(null, $"No answer within {_options.Timeout.TotalSeconds:0} s.");
        }
        catch (HttpRequestException ex)
        {
            return new WebhookPostResult(null, ex.InnerException?.Message ?? ex.Message);
        }
    }

    public void Dispose() => _client.Dispose();

    private async ValueTask<Stream> Connect(SocketsHttpConnectionContext context, CancellationToken ct)
    {
        var addresses = await Allowed(context.DnsEndPoint.Host, ct);
        if (addresses.Length == 0)
        {
            throw new HttpRequestException($"{context.DnsEndPoint.Host} resolves to no public address: refused.");
        }

        var socket = new Socket(SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
        try
        {
            await socket.ConnectAsync(addresses, context.DnsEndPoint.Port, ct);
            return new NetworkStream(socket, ownsSocket: true);
        }
        catch
        {
            socket.Dispose();
            throw;
        }
    }

    private async Task<IPAddress[]> Allowed(string host, CancellationToken ct)
    {
        var addresses = IPAddress.TryParse(host, out var literal) ? [literal] : await Dns.GetHostAddressesAsync(host, ct);
        // Every address must be public: a host with one private address among public ones is refused as a whole.
        return _options.AllowPrivateTargets || addresses.All(PublicAddress.Is) ? addresses : [];
    }
}
