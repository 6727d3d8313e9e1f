using System.Buffers;
using System.Net;
using System.Text.RegularExpressions;
using MimeKit;
using SmtpServer;
using SmtpServer.ComponentModel;
using SmtpServer.Net;
using SmtpServer.Protocol;
using SmtpServer.Storage;

namespace FundingPortal.TestSupport.Mail;

/// <summary>
/// A real SMTP server on a loopback port (the SmtpServer package), for tests that send mail through MailKit the way
/// production does: configure the app with <see cref="AppSettings"/>, then wait for what arrives and follow its links.
/// </summary>
public sealed class SmtpTestServer : IAsyncDisposable
{
    private SmtpServer.SmtpServer _server;
    private CancellationTokenSource _stop = new();
    private Task _running;
    private readonly List<ReceivedEmail> _received = [];
    private readonly object _gate = new();
    private TaskCompletionSource _arrived = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private Hold? _hold;

    private SmtpTestServer(int port)
    {
        Port = port;
        (_server, _running) = Listen();
    }

    public int Port { get; }

    public bool IsListening { get; private set; }

    /// <summary>Settings that make the app send through this server (Mail:Mode=Smtp).</summary>
    public IEnumerable<(string Key, string Value)> AppSettings =>
    [
        ("Mail:Mode", "Smtp"),
        ("Mail:Smtp:Host", "127.0.0.1"),
        ("Mail:Smtp:Port", Port.ToString(System.Globalization.CultureInfo.InvariantCulture)),
        ("Mail:Smtp:UseTls", "false"),
    ];

    public IReadOnlyList<ReceivedEmail> Received
    {
        get
        {
            lock (_gate)
            {
                return _received.ToList();
            }
        }
    }

    /// <summary>Forgets what arrived so far (a host shared by several tests, between two of them).</summary>
    public void Clear()
    {
        lock (_gate)
        {
            _received.Clear();
        }
    }

    public static SmtpTestServer Start() => new(FreePort());

    /// <summary>Every e-mail received so far for <paramref name="address"/>, oldest first.</summary>
    public IReadOnlyList<ReceivedEmail> To(string address) =>
        Received.Where(m => m.To.Any(t => string.Equals(t, address, StringComparison.OrdinalIgnoreCase))).ToList();

    /// <summary>
    /// The first e-mail to <paramref name="address"/> matching <paramref name="where"/> (and not among <paramref name="skip"/>
    /// already seen), waiting for it up to <paramref name="timeout"/> (10 s by default).
    /// </summary>
    public async Task<ReceivedEmail> WaitFor(string address, Func<ReceivedEmail, bool>? where = null, TimeSpan? timeout = null, int skip = 0)
    {
        using var deadline = new CancellationTokenSource(timeout ?? TimeSpan.FromSeconds(10));
        while (true)
        {
            Task arrived;
            lock (_gate)
            {
                var match = _received.Where(m => m.To.Any(t => string.Equals(t, address, StringComparison.OrdinalIgnoreCase)) && (where?.Invoke(m) ?? true))
                    .Skip(skip).FirstOrDefault();
                if (match is not null)
                {
                    return match;
                }

                arrived = _arrived.Task;
            }

            try
            {
                await arrived.WaitAsync(deadline.Token);
            }
            catch (OperationCanceledException)
            {
                var seen = string.Join("; ", Received.Select(m => $"{string.Join(",", m.To)}: {m.Subject}"));
                throw new TimeoutException($"No e-mail to {address} arrived in time. Received: [{seen}]");
            }
        }
    }

    /// <summary>An outage: the port refuses connections until <see cref="Restart"/>.</summary>
    public async Task StopAsync()
    {
        if (!IsListening)
        {
            return;
        }

        IsListening = false;
        _server.Shutdown();
        await _stop.CancelAsync();
        try
        {
            await _running.WaitAsync(TimeSpan.FromSeconds(5));
        }
        catch (Exception e) when (e is OperationCanceledException or TimeoutException)
        {
        }

        _stop.Dispose();
    }

    /// <summary>Listens again on the same port after <see cref="StopAsync"/>; what arrived before is kept.</summary>
    public void Restart()
    {
        if (IsListening)
        {
            return;
        }

        _stop = new CancellationTokenSource();
        (_server, _running) = Listen();
    }

    public async ValueTask DisposeAsync()
    {
        ReleaseHeld();
        await StopAsync();
    }

    /// <summary>
    /// Holds the next message once its data has come in, before the server accepts it (no 250 yet): the returned task
    /// completes then, so a test can kill the sender in the middle of an SMTP transaction. <see cref="ReleaseHeld"/>
    /// then refuses it, as a server does with a message whose client went away before the acceptance.
    /// </summary>
    public Task HoldNext()
    {
        var hold = new Hold();
        lock (_gate)
        {
            _hold = hold;
        }

        return hold.Held.Task;
    }

    public void ReleaseHeld()
    {
        Hold? hold;
        lock (_gate)
        {
            hold = _hold;
            _hold = null;
        }

        hold?.Released.TrySetResult();
    }

    private Hold? TakeHold()
    {
        lock (_gate)
        {
            if (_hold is not { } hold || hold.Held.Task.IsCompleted)
            {
                return null;
            }

            hold.Held.SetResult();
            return hold;
        }
    }

    private (SmtpServer.SmtpServer Server, Task Running) Listen()
    {
        var options = new SmtpServerOptionsBuilder().ServerName("smtp.test.local")
            .Endpoint(e => e.Endpoint(new IPEndPoint(IPAddress.Loopback, Port)))
            .Build();
        var services = new ServiceProvider();
        services.Add(new Store(this));
        var server = new SmtpServer.SmtpServer(options, services);
        IsListening = true;
        return (server, server.StartAsync(_stop.Token));
    }

    private void Add(ReceivedEmail email)
    {
        lock (_gate)
        {
            _received.Add(email);
            var arrived = _arrived;
            _arrived = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            arrived.SetResult();
        }
    }

    private static int FreePort()
    {
        var listener = new System.Net.Sockets.TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }

    private sealed class Hold
    {
        public TaskCompletionSource Held { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
        public TaskCompletionSource Released { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
    }

    private sealed class Store(SmtpTestServer owner) : MessageStore
    {
        public override async Task<SmtpResponse> SaveAsync(ISessionContext context, IMessageTransaction transaction, ReadOnlySequence<byte> buffer,
            CancellationToken cancellationToken)
        {
            if (owner.TakeHold() is { } hold)
            {
                await hold.Released.Task;
                return SmtpResponse.TransactionFailed;
            }

            await using var stream = new MemoryStream(buffer.ToArray());
            var message = await MimeMessage.LoadAsync(stream, cancellationToken);
            var envelope = transaction.To.Select(t => $"{t.User}@{t.Host}").ToList();
            owner.Add(new ReceivedEmail(message, envelope));
            return SmtpResponse.Ok;
        }
    }
}

/// <summary>One e-mail as it arrived: envelope recipients, subject, text and HTML parts, and the links it holds.</summary>
public sealed partial class ReceivedEmail(MimeMessage message, IReadOnlyList<string> envelopeTo)
{
    public MimeMessage Message { get; } = message;
    public IReadOnlyList<string> To { get; } = envelopeTo;
    public string Subject => Message.Subject ?? string.Empty;
    public string From => Message.From.ToString();
    public string Text => Message.TextBody ?? string.Empty;
    public string Html => Message.HtmlBody ?? string.Empty;

    /// <summary>Every absolute http(s) link, from the HTML's href attributes and the text part, in order, without duplicates.</summary>
    public IReadOnlyList<Uri> Links =>
        HrefPattern().Matches(Html).Select(m => WebUtility.HtmlDecode(m.Groups[1].Value))
            .Concat(UrlPattern().Matches(Text).Select(m => m.Value))
            .Distinct(StringComparer.Ordinal)
            .Select(l => Uri.TryCreate(l, UriKind.Absolute, out var uri) ? uri : null)
            .OfType<Uri>()
            .ToList();

    /// <summary>The link whose path starts with <paramref name="path"/>.</summary>
    public Uri LinkTo(string path) =>
        Links.FirstOrDefault(l => l.AbsolutePath.StartsWith(path, StringComparison.Ordinal))
        ?? throw new InvalidOperationException($"No link to {path} in \"{Subject}\": {string.Join(", ", Links)}");

    /// <summary>A query parameter of a link, decoded.</summary>
    public static string? QueryValue(Uri link, string name) =>
        Microsoft.AspNetCore.WebUtilities.QueryHelpers.ParseQuery(link.Query).TryGetValue(name, out var value) ? value.ToString() : null;

    [GeneratedRegex("href=\"([^\"]+)\"", RegexOptions.IgnoreCase)]
    private static partial Regex HrefPattern();

    [GeneratedRegex(@"https?://[^\s<>""]+")]
    private static partial Regex UrlPattern();
}
