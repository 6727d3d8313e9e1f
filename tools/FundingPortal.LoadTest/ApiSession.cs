using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace FundingPortal.LoadTest;

/// <summary>A signed-in HTTP client for the portal's public API.</summary>
public sealed class ApiSession(HttpClient http, string token)
{
    public static async Task<ApiSession> Login(HttpClient http, string email, string password)
    {
        var response = await http.PostAsJsonAsync("/api/auth/login", new { email, password });
        var body = await response.Content.ReadAsStringAsync();
        if (response.StatusCode != HttpStatusCode.OK)
        {
            throw new InvalidOperationException($"login {email}: {(int)response.StatusCode} {body}");
        }

        return new ApiSession(http, JsonNode.Parse(body)!["accessToken"]!.GetValue<string>());
    }

    public static async Task<ApiSession> Register(HttpClient http, string email, string password)
    {
        var response = await http.PostAsJsonAsync("/api/auth/register", new { email, password });
        if (!response.IsSuccessStatusCode)
        {
            throw new InvalidOperationException($"register {email}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        }

        return await Login(http, email, password);
    }

    public Task<HttpResponseMessage> Send(HttpMethod method, string path, object? body = null, string? idempotencyKey = null, CancellationToken ct = default)
    {
        var request = new HttpRequestMessage(method, path);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        if (body is not null)
        {
            request.Content = JsonContent.Create(body);
        }

        if (idempotencyKey is not null)
        {
            request.Headers.Add("Idempotency-Key", idempotencyKey);
        }

        return http.SendAsync(request, ct);
    }

    public async Task<JsonNode> Json(HttpMethod method, string path, object? body = null)
    {
        using var response = await Send(method, path, body);
        var text = await response.Content.ReadAsStringAsync();
        if (!response.IsSuccessStatusCode)
        {
            throw new InvalidOperationException($"{method} {path}: {(int)response.StatusCode} {text}");
        }

        return JsonNode.Parse(text)!;
    }
}
