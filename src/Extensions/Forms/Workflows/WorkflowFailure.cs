using System.Net.Sockets;
using MailKit.Net.Smtp;

namespace Participation.Extensions.Forms.Workflows;

/// <summary>A workflow failed for a reason worth retrying; <see cref="Exception.Message"/> is short and names no person.</summary>
internal sealed class WorkflowFailure(string message) : Exception(message)
{
    /// <summary>
    /// What is kept on the row and shown to editors. Servers' own messages often quote the recipient's address, so
    /// only codes are kept; the full exception goes to the log.
    /// </summary>
    public static string Describe(Exception exception) => exception switch
    {
        WorkflowFailure failure => failure.Message,
        SmtpCommandException smtp => $"The mail server refused the message ({(int)smtp.StatusCode} {smtp.ErrorCode}).",
        SmtpProtocolException => "The mail server broke the SMTP protocol.",
        SocketException socket => $"The server could not be reached ({socket.SocketErrorCode}).",
        MailKit.Security.AuthenticationException => "The mail server did not accept the user name and password.",
        HttpRequestException { InnerException: WorkflowFailure refused } => refused.Message,
        HttpRequestException { HttpRequestError: var error } => $"The request failed ({error}).",
        TimeoutException or TaskCanceledException => "The server did not answer in time.",
        IOException => "The connection or the pickup folder failed.",
        _ => exception.GetType().Name,
    };
}
