using System.Buffers;
using FundingPortal.Domain.Common;
using FundingPortal.Web;
using Microsoft.Net.Http.Headers;

namespace FundingPortal.Api.Http.Input;

/// <summary>
/// The one place where input is screened before any endpoint or page binds it: query, route values, headers, form
/// fields and uploaded file names, and JSON bodies (<see cref="JsonBodyScreen"/>). A refusal is a 400 problem naming
/// the field on the API, and a French page in the web UI.
/// </summary>
public static class InputScreening
{
    public static IApplicationBuilder UseInputScreening(this IApplicationBuilder app) =>
        app.Use(async (context, next) =>
        {
            var error = Screen(context.Request) ?? await ScreenBody(context.Request, context.RequestAborted);
            if (error is null)
            {
                await next(context);
                return;
            }

            if (context.Request.Path.StartsWithSegments("/api"))
            {
                await error.ToProblem().ExecuteAsync(context);
                return;
            }

            // The web UI's error page (written by UseFundingPortalWeb on the way back) explains it in French.
            if (error.Code == ControlCharacters.Code)
            {
                context.Items[WebErrorPages.InvalidCharactersItem] = error.FieldErrors?.Keys.FirstOrDefault() ?? "";
            }

            context.Response.StatusCode = StatusCodes.Status400BadRequest;
        });

    private static Error? Screen(HttpRequest request)
    {
        foreach (var (key, values) in request.Query)
        {
            if ((Check(key, key) ?? CheckAll(key, values)) is { } error)
            {
                return error;
            }
        }

        foreach (var (key, value) in request.RouteValues)
        {
            if (value is string text && Check(key, text) is { } error)
            {
                return error;
            }
        }

        foreach (var (name, values) in request.Headers)
        {
            foreach (var value in values)
            {
                if (value?.IndexOfAny(ForbiddenInHeaders) is >= 0)
                {
                    return Check(name, value);
                }
            }
        }

        return null;
    }

    // Tab is legal in a header value; CR and LF never reach us (the server refuses them).
    private static readonly char[] ForbiddenInHeaders = [.. Enumerable.Range(0, 32).Select(i => (char)i).Where(c => c != '\t')];

    private static async Task<Error?> ScreenBody(HttpRequest request, CancellationToken ct)
    {
        if (request.HasFormContentType)
        {
            IFormCollection form;
            try
            {
                form = await request.ReadFormAsync(ct);
            }
            catch (InvalidDataException unreadable)
            {
                // The url-encoded form reader itself refuses a NUL (%00), without saying in which field.
                return unreadable.InnerException is InvalidOperationException && unreadable.Message.Contains("invalid characters", StringComparison.Ordinal)
                    ? Error.Validation(ControlCharacters.Code, "A form field contains a NUL character; only tab, carriage return and line feed are allowed among control characters.")
                    : Error.Validation("invalid_form", "The form could not be read: send multipart/form-data or application/x-www-form-urlencoded with the fields the API reference describes.");
            }

            foreach (var (key, values) in form)
            {
                if ((Check(key, key) ?? CheckAll(key, values)) is { } error)
                {
                    return error;
                }
            }

            foreach (var file in form.Files)
            {
                if ((Check(file.Name, file.Name) ?? Check(file.Name, file.FileName)) is { } error)
                {
                    return error;
                }
            }

            return null;
        }

        return IsJson(request) ? await ScreenJson(request, ct) : null;
    }

    private static async Task<Error?> ScreenJson(HttpRequest request, CancellationToken ct)
    {
        request.EnableBuffering();
        var buffer = new ArrayBufferWriter<byte>();
        var chunk = ArrayPool<byte>.Shared.Rent(16 * 1024);
        try
        {
            int read;
            while ((read = await request.Body.ReadAsync(chunk, ct)) > 0)
            {
                buffer.Write(chunk.AsSpan(0, read));
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(chunk);
            request.Body.Position = 0;
        }

        return JsonBodyScreen.Check(buffer.WrittenSpan);
    }

    private static bool IsJson(HttpRequest request) =>
        MediaTypeHeaderValue.TryParse(request.ContentType, out var type)
        && (type.MediaType.Equals("application/json", StringComparison.OrdinalIgnoreCase) || type.SubTypeWithoutSuffix.HasValue && type.Suffix.Equals("json", StringComparison.OrdinalIgnoreCase));

    private static Error? CheckAll(string field, Microsoft.Extensions.Primitives.StringValues values)
    {
        foreach (var value in values)
        {
            if (Check(field, value) is { } error)
            {
                return error;
            }
        }

        return null;
    }

    private static Error? Check(string field, string? value) =>
        ControlCharacters.IndexOfForbidden(value) is var at and >= 0 ? ControlCharacters.Rejected(field, value![at]) : null;
}
