namespace FundingPortal.Infrastructure.Messaging;

public enum MessagingTransport
{
    InMemory,
    RabbitMQ,
}

/// <summary>Configuration section "Messaging".</summary>
public sealed class MessagingOptions
{
    public const string Section = "Messaging";

    public MessagingTransport Transport { get; set; } = MessagingTransport.InMemory;

    /// <summary>Whether this process runs an outbox dispatcher (several may run at once, on any hosts).</summary>
    public bool DispatchOutbox { get; set; } = true;

    public TimeSpan PollInterval { get; set; } = TimeSpan.FromMilliseconds(500);
    public int BatchSize { get; set; } = 100;

    /// <summary>
    /// PDFs rendered at once by this process (≈ 40 ms of CPU each), each by a loop pulling Pending rows (ADR 0036). Half
    /// the cores by default: on deadline day, in a single process, the other half stays with the submissions, and the
    /// documents catch up after the rush. 0: this process renders nothing (another one does).
    /// </summary>
    public int DocumentRenderers { get; set; } = Math.Max(1, Environment.ProcessorCount / 2);

    /// <summary>
    /// Requests in flight at which the renderers pause between documents (ADR 0038): twice the cores by default, the
    /// point where requests queue for the CPU. A person browsing keeps one or two in flight; a rush keeps dozens.
    /// </summary>
    public int RenderYieldAtRequests { get; set; } = 2 * Environment.ProcessorCount;

    /// <summary>The longest a renderer pauses for requests before it renders one document anyway (ADR 0038).</summary>
    public TimeSpan RenderMaxYield { get; set; } = TimeSpan.FromSeconds(1);

    public RabbitMqOptions RabbitMq { get; set; } = new();
    public RetryOptions Retry { get; set; } = new();

    /// <summary>After the in-process retries, delays before a parked message is delivered again (then it stays parked).</summary>
    public TimeSpan[] RedeliveryIntervals { get; set; } = [];

    public IReadOnlyList<TimeSpan> Redeliveries => RedeliveryIntervals.Length > 0
        ? RedeliveryIntervals
        : [TimeSpan.FromMinutes(1), TimeSpan.FromMinutes(5), TimeSpan.FromMinutes(30)];
}

public sealed class RabbitMqOptions
{
    public string Host { get; set; } = "localhost";
    public ushort Port { get; set; } = 5672;
    public string VirtualHost { get; set; } = "/";
    public string Username { get; set; } = "guest";
    public string Password { get; set; } = "guest";
}

public sealed class RetryOptions
{
    public int Limit { get; set; } = 5;
    public TimeSpan MinInterval { get; set; } = TimeSpan.FromMilliseconds(200);
    public TimeSpan MaxInterval { get; set; } = TimeSpan.FromSeconds(10);
    public TimeSpan IntervalDelta { get; set; } = TimeSpan.FromMilliseconds(500);
}
